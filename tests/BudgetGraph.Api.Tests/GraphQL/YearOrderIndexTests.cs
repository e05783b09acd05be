using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A year's indicators by target, weight or position, and a year's cards by code, category or position, are that year's
/// range of an index of the year and the order (IX_Indicators_FiscalYear_NumericTarget and its descending twin…;
/// migration <c>YearOrderIndexes</c>; <c>FilterSpec.SortedWithinEach</c>), read no further than the page. Issue 8: SQLite
/// read the year's whole range and sorted it — at 5,005 disclosures 2025's indicators by target, 106,106 of 252,252 for a
/// page, 24 ms; 2025's cards by code 24, by category 45 — or walked the order's index over every year, the years' rows
/// clumped as they were published. A year and a core mark together (<c>FilterSpec.IndexedTogether</c>) in such an order:
/// no more than half of the year's rows are read from their range of the year and mark and sorted (looked for among the
/// year's first rows in the order first when they are many: <see cref="YearCoreOrderProbeTests"/>); more are walked in
/// the year's range.
/// On the seeds as imported: jiangbeicheng-2025.txt's targets, largest first, l.485 辖区道路清扫保洁面积 and l.817
/// 清扫保洁面积 311,806.45 平方米, l.622 宣传活动覆盖人数 15,000 人数 (core), l.486 服务辖区居民人数 14,000 人/年 (core);
/// its heaviest l.620 网络热点舆情研判数量, l.622 and l.718 形成自主调研报告供党委政府参考, 40 points each; qualitative
/// targets (no number) first by target ascending, l.487 群众安全感指数; chaoyang-2023.txt's two cards by code descending,
/// l.494 50010922T000000095633 文化事务 and l.473 …95557 清扫保洁服务外包.
/// </summary>
public sealed class YearOrderIndexTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    [InlineData("indicators", "numericTarget: DESC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_NumericTarget_Desc (FiscalYear=?)")]
    [InlineData("indicators", "numericTarget: ASC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_NumericTarget (FiscalYear=?)")]
    [InlineData("indicators", "weight: DESC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_Weight_Desc (FiscalYear=?)")]
    [InlineData("indicators", "weight: ASC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_Weight (FiscalYear=?)")]
    [InlineData("indicators", "position: DESC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_Ordinal_Desc (FiscalYear=?)")]
    [InlineData("indicators", "position: ASC", "SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_Ordinal (FiscalYear=?)")]
    [InlineData("projects", "code: DESC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Code_Desc (FiscalYear=?)")]
    [InlineData("projects", "code: ASC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Code (FiscalYear=?)")]
    [InlineData("projects", "category: DESC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Category_Desc (FiscalYear=?)")]
    [InlineData("projects", "category: ASC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Category (FiscalYear=?)")]
    [InlineData("projects", "position: DESC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Ordinal_Desc (FiscalYear=?)")]
    [InlineData("projects", "position: ASC", "SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_Ordinal (FiscalYear=?)")]
    public async Task A_years_page_in_an_order_is_the_first_of_the_years_range_of_that_order(string connection, string order, string expected)
    {
        // (Ids alone: the index holds them. Fails without the index — the year's range read and sorted — or when the
        // order's index of every year is walked, the year tested in each entry.)
        var plan = await fixture.PlanOfAsync($$"""
            { {{connection}}(where: { year: { eq: 2025 } }, order: [{ {{order}} }], first: 3) { nodes { id } } }
            """, "ORDER BY");
        Assert.Equal(expected + "\n", plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_years_indicators_by_target_and_weight_are_the_documents_figures()
    {
        var byTarget = (await fixture.DataAsync("""
            { indicators(where: { year: { eq: 2025 } }, order: [{ numericTarget: DESC }], first: 3) { nodes { name numericTarget unitOfMeasure } } }
            """)).GetProperty("indicators");
        Assert.Equal(["辖区道路清扫保洁面积:311806.45:平方米", "清扫保洁面积:311806.45:平方米", "宣传活动覆盖人数:15000:人数"],
            Nodes(byTarget, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("numericTarget").GetDecimal()}:{n.GetProperty("unitOfMeasure").GetString()}"));
        // Ascending, the qualitative targets (no number) come first, as in the index: l.487 群众安全感指数 first (the key).
        var ascending = (await fixture.DataAsync("""
            { indicators(where: { year: { eq: 2025 } }, order: [{ numericTarget: ASC }], first: 1) { nodes { name numericTarget textTarget } } }
            """)).GetProperty("indicators");
        Assert.Equal(["群众安全感指数::高于全区安全感指数平均值"],
            Nodes(ascending, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("numericTarget")}:{n.GetProperty("textTarget").GetString()}"));
        var byWeight = (await fixture.DataAsync("""
            { indicators(where: { year: { eq: 2025 } }, order: [{ weight: DESC }], first: 3) { nodes { name weight } } }
            """)).GetProperty("indicators");
        Assert.Equal(["网络热点舆情研判数量:40", "宣传活动覆盖人数:40", "形成自主调研报告供党委政府参考:40"],
            Nodes(byWeight, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("weight").GetDecimal()}"));
        var byCode = (await fixture.DataAsync("""
            { projects(where: { year: { eq: 2023 } }, order: [{ code: DESC }], first: 2) { nodes { name code } } }
            """)).GetProperty("projects");
        Assert.Equal(["文化事务:50010922T000000095633", "清扫保洁服务外包:50010922T000000095557"],
            Nodes(byCode, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("code").GetString()}"));
    }

    [Fact]
    public async Task A_years_few_core_indicators_by_target_are_read_from_the_year_and_mark_index_and_sorted()
    {
        // 25 core indicators of 2025's 106 (2 × 25 ≤ 106): too few to look for a page among the year's first rows (at
        // most one in eight of them, fewer than a page's 21 rows read: YearCoreOrderProbeTests has enough), so their range
        // is read and sorted — the order past its index, or SQLite walks the year's range of it, each row looked up to
        // test the mark, however few they are.
        const string Query = """
            { indicators(where: { year: { eq: 2025 }, isCore: { eq: true } }, order: [{ numericTarget: DESC }], first: 2) { totalCount nodes { name numericTarget } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(25, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["宣传活动覆盖人数:15000", "服务辖区居民人数:14000"],
            Nodes(page, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("numericTarget").GetDecimal()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=?)\nUSE TEMP B-TREE FOR ORDER BY\n",
            plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_years_many_other_indicators_by_weight_walk_the_years_range_of_that_order()
    {
        // 81 of 2025's 106 are not core (more than half): the year's range by weight, each row's mark tested, stops at the
        // page — at worst it reads the year's rows, fewer than twice the matches.
        const string Query = """
            { indicators(where: { year: { eq: 2025 }, isCore: { eq: false } }, order: [{ weight: DESC }], first: 2) { totalCount nodes { name weight } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(81, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["网络热点舆情研判数量:40", "形成自主调研报告供党委政府参考:40"],
            Nodes(page, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("weight").GetDecimal()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_FiscalYear_Weight_Desc (FiscalYear=?)\n", plan.ReplaceLineEndings("\n"));
    }

    private static string[] Nodes(JsonElement connection, Func<JsonElement, string> show) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(show)];
}
