using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A card filter of its category alone on indicators (<c>{ project: { category: { eq: "一般性项目" } } }</c>) is read from
/// the indicator's own copy of it (IndicatorQuerySpec's <c>carries</c>, FilterSpec.Lift): one range of
/// IX_Indicators_ProjectCategory, counted on the value counts, no card read — on the imported seeds, the same rows as
/// through the cards. Null and negations (an overall goal's indicator has no card, and matches no card filter, but carries
/// null too) are the copy's beside the card's presence; a category beside another term stays on the cards.
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
    // The 196 indicators of cards printed without a category; never the 43 overall goals' (no card), which carry null too:
    // the indicator's own copy beside its card's presence (IndicatorQuerySpec's presentWhen), counted on the value counts
    // less the overall goals, read from IX_Indicators_ProjectId's null range.
    [InlineData("eq: null", 196)]
    [InlineData("in: [\"一般性项目\", null]", 209)]
    [InlineData("neq: null", 13)]
    [InlineData("neq: \"一般性项目\"", 196)]
    [InlineData("nin: [\"一般性项目\"]", 196)]
    [InlineData("ncontains: \"一般\"", 196)]
    [InlineData("nin: [null]", 13)]
    public async Task Null_or_a_negation_is_the_indicators_own_beside_its_cards_presence(string operation, int count)
    {
        var expected = await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} }, name: { neq: "" } } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(count, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ indicators(where: { project: { category: { {{operation}} } } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(expected.GetRawText(), data.GetRawText());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Projects\"", StringComparison.Ordinal));
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));

        var commands = fixture.Sql.Commands.ToList();
        var overallGoals = commands.FindIndex(c => c.Contains("WHERE \"i\".\"ProjectId\" IS NULL", StringComparison.Ordinal));
        if (operation is "neq: null" or "nin: [null]") Assert.Equal(-1, overallGoals); // null does not pass: none taken out
        else
        {
            var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[overallGoals], fixture.Sql.Parameters[overallGoals])]);
            Assert.Contains("USING COVERING INDEX IX_Indicators_ProjectId (ProjectId=?)", plan, StringComparison.Ordinal);
        }
        // The page: of eq: null, the null range of the cards' indicators alone (IX_Indicators_CardCategory, partial: WHERE
        // ProjectId IS NOT NULL), in key order; of the others, the table in key order, no index of the copy or the card key.
        var page = commands.FindLastIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal) && c.Contains("ORDER BY", StringComparison.Ordinal));
        var pagePlan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[page], fixture.Sql.Parameters[page])]);
        if (operation == "eq: null") Assert.Contains("USING INDEX IX_Indicators_CardCategory (ProjectCategory=?)", pagePlan, StringComparison.Ordinal);
        else Assert.DoesNotContain("INDEX IX_Indicators_Project", pagePlan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", pagePlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_filter_of_the_category_beside_another_term_stays_on_the_cards()
    {
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { project: { category: { eq: null } }, isCore: { eq: true } }) { totalCount } }""");
        Assert.Equal(23, data.GetProperty("indicators").GetProperty("totalCount").GetInt32()); // core ones of uncategorised cards
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("\"Projects\"", StringComparison.Ordinal));
    }
}
