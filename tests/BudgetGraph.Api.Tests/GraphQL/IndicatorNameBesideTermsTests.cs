namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// An indicator's name beside its year, core mark, operator or first two levels is read in the name's own index, which
/// holds those columns after the name and the key (IX_Indicators_Name_Categories, <c>FilterSpec.IndexCarries</c>), each
/// entry tested there without reading an indicator — as a card's department (<see cref="DepartmentBesideTermsTests"/>).
/// Issue 8: at 50,005 disclosures the 60,006 indicators named 群众满意度 of 2024 come after 20,002 of 2023, each of whose
/// rows was read to test the year (a page: 83 → 15 ms). On the seeds as imported: 群众满意度 names 2 indicators of
/// chaoyang-2023.txt (满意度指标, ≥, not core) and 6 of 2024 (shandong-2024.txt's 5, ciqikou's 1: no level, no core column).
/// </summary>
public sealed class IndicatorNameBesideTermsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    [InlineData("""name: { eq: "群众满意度" }, level1: { eq: "满意度指标" }""", 2)]
    [InlineData("""name: { in: ["群众满意度", "辖区群众满意度"] }, level1: { eq: "满意度指标" }""", 3)]
    [InlineData("""name: { eq: "群众满意度" }, level2: { eq: null }""", 6)]
    public async Task A_name_beside_terms_its_index_holds_is_counted_there(string terms, int expected)
    {
        var query = $$"""{ indicators(where: { {{terms}} }) { totalCount } }""";
        var plan = await fixture.PlanOfAsync(query, "COUNT(");
        // (Either of the name's covering indexes: IX_Indicators_Name_Desc_Categories holds the same columns, descending.)
        Assert.Matches(@"USING COVERING INDEX IX_Indicators_Name_(Desc_)?Categories \(Name=\?\)", plan);
        Assert.Equal(expected, (await fixture.DataAsync(query)).GetProperty("indicators").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_names_page_beside_a_year_reads_the_names_entries_in_key_order()
    {
        // Counted on the names' kept counts in each year; the page read from the name's range, the year tested in each
        // entry: no indicator read to test it, no other index.
        const string Query = """{ indicators(where: { name: { eq: "群众满意度" }, year: { eq: 2024 } }, first: 2) { totalCount nodes { name year } } }""";
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(6, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(2024, n.GetProperty("year").GetInt32()));
        var plan = await fixture.PlanOfAsync(Query, "LIMIT");
        // (Few matches: their ids listed from the name's range, each entry's year tested there, then each row by key.)
        Assert.Matches(@"^SEARCH i USING INTEGER PRIMARY KEY \(rowid=\?\)\nLIST SUBQUERY 1\n  SEARCH i0 USING COVERING INDEX IX_Indicators_Name_(Desc_)?Categories \(Name=\?\)\n$",
            plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_page_by_name_walks_the_names_index_when_the_matches_are_dense_there()
    {
        // The seeds' 120 indicators of 2024 among 252: the page of the order by name walks IX_Indicators_Name_Categories,
        // the year tested in each entry (EntityQueries.WalkOrderIndexAsync), where the year's index would have every
        // match read and sorted. The first three names typed from the seeds (digits and Latin letters sort first).
        const string Query = """{ indicators(where: { year: { eq: 2024 } }, order: [{ name: ASC }], first: 3) { totalCount nodes { name } } }""";
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(120, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["3-5级严重精神障碍患者服务走访全覆盖", "3-5级严重精神障碍患者管控率", "D级危房搬离过渡户数"], Names(page));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SCAN i USING COVERING INDEX IX_Indicators_Name_Categories\n", plan.ReplaceLineEndings("\n"));

        // 5 of ≤: a walk would read about 21 × 252 ÷ 5 entries for the page; the operator's 5 rows are read and sorted.
        const string Rare = """{ indicators(where: { operator: { eq: "≤" } }, order: [{ name: ASC }], first: 3) { nodes { name } } }""";
        Assert.Equal(["到市集访、进京非访", "发生维权相关的大型群体性事件", "辖区妇女家庭暴力发生率"],
            Names((await fixture.DataAsync(Rare)).GetProperty("indicators")));
        Assert.Contains("USE TEMP B-TREE FOR ORDER BY", await fixture.PlanOfAsync(Rare, "ORDER BY"));

        // Descending: IX_Indicators_Name_Desc_Categories (the name descending, then the key) holds the same columns, and
        // is walked the same (at 50,005 disclosures 2024's by name descending had each one read and sorted: 387 ms).
        // ciqikou-2024.txt l.41 项目预算绩效自评完成率 and l.491 项目尾款数量 (项 U+9879; 预 U+9884 after 尾 U+5C3E) after
        // shandong-2024.txt l.20 验收合格率 (验 U+9A8C).
        const string Descending = """{ indicators(where: { year: { eq: 2024 } }, order: [{ name: DESC }], first: 3) { nodes { name } } }""";
        Assert.Equal(["验收合格率", "项目预算绩效自评完成率", "项目尾款数量"], Names((await fixture.DataAsync(Descending)).GetProperty("indicators")));
        Assert.Equal("SCAN i USING COVERING INDEX IX_Indicators_Name_Desc_Categories\n",
            (await fixture.PlanOfAsync(Descending, "ORDER BY")).ReplaceLineEndings("\n"));

        static string[] Names(System.Text.Json.JsonElement connection) =>
            [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
    }
}
