using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A card filter of its category alone on indicators (<c>{ project: { category: { eq: "一般性项目" } } }</c>) is read from
/// the indicator's own copy of it (IndicatorQuerySpec's <c>carries</c>, FilterSpec.Lift): one range of
/// IX_Indicators_ProjectCategory, counted on the value counts, no card read — on the imported seeds, the same rows as
/// through the cards. What the copy cannot answer stays on the cards: null (an overall goal's indicator has no card, and
/// matches no card filter, but carries null too) and a category beside another card term.
/// </summary>
public sealed class CardCategoryLiftTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    // chaoyang-2023.txt's two cards are the seeds' only categorised ones (一般性项目: 清扫保洁服务外包 l.467, 文化事务 l.488):
    // 13 indicators.
    [Theory]
    [InlineData("eq: \"一般性项目\"")]
    [InlineData("in: [\"一般性项目\", \"专项业务费\"]")]
    [InlineData("contains: \"一般\"")]
    public async Task A_category_alone_is_the_indicators_own(string operation)
    {
        // Through the cards: a second card term keeps the card object (names are never empty).
        var expected = await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} }, name: { neq: "" } } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(13, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} } } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(expected.GetRawText(), data.GetRawText());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Projects\"", StringComparison.Ordinal));
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));

        fixture.Sql.Clear();
        await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} } } }, first: 5) { nodes { id } } }""");
        var commands = fixture.Sql.Commands.ToList();
        var page = commands.FindLastIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[page], fixture.Sql.Parameters[page])]);
        Assert.Contains("USING COVERING INDEX IX_Indicators_ProjectCategory (ProjectCategory=?)", plan, StringComparison.Ordinal);
    }

    [Theory]
    // The 196 indicators of cards printed without a category; never the 43 overall goals' (no card), which carry null too.
    [InlineData("eq: null", 196)]
    [InlineData("in: [\"一般性项目\", null]", 209)]
    public async Task Null_is_asked_of_the_cards(string operation, int count)
    {
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} } } }) { totalCount } }""");
        Assert.Equal(count, data.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("\"Projects\"", StringComparison.Ordinal));
    }
}
