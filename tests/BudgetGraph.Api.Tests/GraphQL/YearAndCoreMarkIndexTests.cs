using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A year's cards with (or without) a core indicator, and a year's core (or other) indicators, are paged in key order
/// from one range of an index of the year and the mark (IX_Projects_FiscalYear_HasCoreIndicator,
/// IX_Indicators_FiscalYear_IsCore_Orders; migration <c>YearCoreMarkIndexes</c>; <c>FilterSpec.IndexedTogether</c>). Issue 8:
/// a dashboard's "core cards of 2024" read the mark's index from the first match, each entry's row looked up to test
/// its year — at 5,005 disclosures the first SYNTHETIC card of 2024 with a core indicator comes after 19,000 core cards
/// of other years in key order (a page: 41 ms; the indicators' 24). On the seeds as imported: the cards of 2024 with a
/// core indicator are nanping-2024.txt's three starting at l.418, 439 and 457 (项目名称 l.424 南坪街道公共事务运行专项,
/// l.445 南坪街道办公用房租金, l.463 南坪街道村居工作经费), the core indicators of 2024 its l.436 安全检查人次, l.451
/// 微企孵化基地产值 and l.472 社区牵头解决问题数量.
/// </summary>
public sealed class YearAndCoreMarkIndexTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task A_years_cards_with_a_core_indicator_are_listed_from_the_year_and_mark_index()
    {
        const string Query = """
            { projects(where: { year: { eq: 2024 }, hasCoreIndicator: { eq: true } }, first: 2) { totalCount nodes { name } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("projects");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["南坪街道公共事务运行专项", "南坪街道办公用房租金"], Names(page));
        // (Three matches are few: their keys are listed from that index. Many are read from the first match's key in one
        // range of it, the window's keys first: FirstMatchTests.)
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\nLIST SUBQUERY 1\n" +
            "  SEARCH p0 USING COVERING INDEX IX_Projects_FiscalYear_HasCoreIndicator (FiscalYear=? AND HasCoreIndicator=?)\n",
            plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_years_core_indicators_are_listed_from_the_year_and_mark_index()
    {
        // (The core mark is rarer than the year by more than half, 33 against 120 indicators: without the declaration
        // the year is read past its index and SQLite lists the core mark's.)
        const string Query = """
            { indicators(where: { year: { eq: 2024 }, isCore: { eq: true } }, first: 2) { totalCount nodes { name } pageInfo { endCursor } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["安全检查人次", "微企孵化基地产值"], Names(page));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH i USING INTEGER PRIMARY KEY (rowid=?)\nLIST SUBQUERY 1\n" +
            "  SEARCH i0 USING COVERING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=?)\n",
            plan.ReplaceLineEndings("\n"));

        // The next page (after the second) reads on: the third, l.472.
        var after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = (await fixture.DataAsync($$"""
            { indicators(where: { year: { eq: 2024 }, isCore: { eq: true } }, first: 2, after: "{{after}}") { nodes { name } } }
            """)).GetProperty("indicators");
        Assert.Equal(["社区牵头解决问题数量"], Names(next));
    }

    [Fact]
    public async Task A_years_core_indicators_by_weight_are_read_from_the_year_and_mark_index_and_sorted()
    {
        // nanping-2024.txt's three core indicators by weight descending: l.451 微企孵化基地产值 30, l.436 安全检查人次 20,
        // l.472 社区牵头解决问题数量 15. Few: no probe of the order's first rows; their range read and sorted, where the
        // year was read past its index and the core mark's read, each row tested.
        const string Query = """
            { indicators(where: { year: { eq: 2024 }, isCore: { eq: true } }, order: [{ weight: DESC }], first: 3) { nodes { name weight } } }
            """;
        var nodes = (await fixture.DataAsync(Query)).GetProperty("indicators").GetProperty("nodes");
        Assert.Equal(["微企孵化基地产值:30", "安全检查人次:20", "社区牵头解决问题数量:15"],
            nodes.EnumerateArray().Select(n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("weight").GetDecimal()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=?)\nUSE TEMP B-TREE FOR ORDER BY\n",
            plan.ReplaceLineEndings("\n"));
    }

    private static string[] Names(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
}
