using BudgetGraph.Data.Import;
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
    // less the overall goals (their kept row count, RowCounts.IndicatorsWithoutProject).
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
        // Where null passes, the overall goals are taken out of its count: their kept row count (RowCounts), not their rows.
        var overallGoals = commands.FindIndex(c => c.Contains("FROM \"RowCounts\"", StringComparison.Ordinal));
        if (operation is "neq: null" or "nin: [null]") Assert.Equal(-1, overallGoals); // null does not pass: none taken out
        else Assert.Equal(RowCounts.IndicatorsWithoutProject, fixture.Sql.Parameters[overallGoals].Single().Value);
        Assert.DoesNotContain(commands, c => c.Contains("\"ProjectId\" IS NULL", StringComparison.Ordinal));
        // The page: the range of each category value that passes in the cards' indicators alone (IX_Indicators_CardCategory,
        // partial: WHERE ProjectId IS NOT NULL), in key order — of eq: null the null range; of the others their first keys
        // taken together (FilterSpec.SplitPresentByValuesAsync: in: [一般性项目, null] two ranges, each negation one here).
        // The table itself is never scanned: a sort is only of the values' first keys.
        var page = commands.FindLastIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal) && c.Contains("ORDER BY", StringComparison.Ordinal));
        var pagePlan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[page], fixture.Sql.Parameters[page])]);
        var ranges = pagePlan.Split('\n').Count(line => line.Contains("USING INDEX IX_Indicators_CardCategory (ProjectCategory=?)", StringComparison.Ordinal));
        Assert.Equal(operation.StartsWith("in:", StringComparison.Ordinal) ? 2 : 1, ranges);
        var coroutines = pagePlan.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal))
            .Select(line => line["CO-ROUTINE ".Length..]).ToHashSet();
        Assert.All(pagePlan.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal)),
            scan => Assert.Contains(scan["SCAN ".Length..], coroutines));
        if (operation == "eq: null") Assert.DoesNotContain("TEMP B-TREE", pagePlan, StringComparison.Ordinal);
    }

    [Theory]
    // Past the first page the values' first keys are read to the page's end; the pages together are every match once, in
    // key order (a list with null: both values' ranges, 209 indicators).
    [InlineData("in: [\"一般性项目\", null]", 209)]
    [InlineData("neq: \"一般性项目\"", 196)]
    public async Task The_pages_of_a_negation_are_every_match_once_in_key_order(string operation, int count)
    {
        // Through the cards (a second card term keeps the card object), then the indicators' own copy, forwards; then
        // backwards from the end (last/before: the window counted from the end, ValuesUnion.Window).
        var (expected, _) = await ConnectionPages.AllAsync(fixture, "indicators", $$"""where: { project: { category: { {{operation}} }, name: { neq: "" } } }""", "id", backwards: false, pageSize: 30);
        var own = $$"""where: { project: { category: { {{operation}} } } }""";
        var (ids, counts) = await ConnectionPages.AllAsync(fixture, "indicators", own, "id", backwards: false, pageSize: 30);
        var (backwards, backwardCounts) = await ConnectionPages.AllAsync(fixture, "indicators", own, "id", backwards: true, pageSize: 30);
        Assert.Equal(count, ids.Count);
        Assert.Equal(expected, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, backwards);
        Assert.All(counts.Concat(backwardCounts), total => Assert.Equal(count, total));
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
