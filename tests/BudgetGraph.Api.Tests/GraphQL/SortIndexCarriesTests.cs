using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The indexes of an indicator's weight and target and of a card's code and category, either way, hold the categories
/// after the column and the key (IX_Indicators_NumericTarget_Desc_Categories…; migration <c>SortIndexesCarryCategories</c>;
/// <c>FilterSpec.IndexCarries</c>, <c>DescendingIndexCarriesToo</c>): a page in that order beside a term of them walks
/// the index, each entry tested there, no row read but the page's (<c>EntityQueries.WalkOrderIndexAsync</c>) — when the
/// term's rows are many enough that even a walk of the whole index costs no more than reading them. Issue 8: at 5,005
/// disclosures the indicators that are not core by target descending were read from the mark's index, 121,121 of
/// 252,252, and sorted (37 ms → 3.5), the cards with a core indicator by code 31 → 3.4, the indicators of ≥ by target
/// 56 → 2.9. On the seeds as imported: jiangbeicheng-2025.txt l.485 辖区道路清扫保洁面积 and l.817 清扫保洁面积,
/// 311,806.45 平方米, then chaoyang-2023.txt l.458 背街小巷清扫保洁面积 122,345 (none core); nanping-2024.txt l.410
/// 数字化案件办结率 (≥, 4 points), chaoyang-2023.txt l.453 引导业态升级门店 and l.454 新增注册企业 (≥, 5 points);
/// chaoyang-2023.txt's two coded cards (both with a core indicator) l.494 …95633 文化事务 and l.473 …95557 清扫保洁服务外包.
/// </summary>
public sealed class SortIndexCarriesTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task The_indicators_that_are_not_core_by_target_descending_walk_the_targets_descending_index()
    {
        const string Query = """
            { indicators(where: { isCore: { eq: false } }, order: [{ numericTarget: DESC }], first: 3) { totalCount nodes { name numericTarget unitOfMeasure year } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(121, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["辖区道路清扫保洁面积:311806.45:平方米:2025", "清扫保洁面积:311806.45:平方米:2025", "背街小巷清扫保洁面积:122345:平方米:2023"],
            Nodes(page, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("numericTarget").GetDecimal()}:{n.GetProperty("unitOfMeasure").GetString()}:{n.GetProperty("year").GetInt32()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SCAN i USING INDEX IX_Indicators_NumericTarget_Desc_Categories\n", plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_indicators_of_an_operator_by_weight_walk_the_weights_index()
    {
        const string Query = """
            { indicators(where: { operator: { eq: "≥" } }, order: [{ weight: ASC }], first: 3) { totalCount nodes { name weight } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(178, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["数字化案件办结率:4", "引导业态升级门店:5", "新增注册企业:5"],
            Nodes(page, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("weight").GetDecimal()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SCAN i USING INDEX IX_Indicators_Weight_Categories\n", plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_cards_with_a_core_indicator_by_code_descending_walk_the_codes_descending_index()
    {
        const string Query = """
            { projects(where: { hasCoreIndicator: { eq: true } }, order: [{ code: DESC }], first: 2) { totalCount nodes { name code } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("projects");
        Assert.Equal(22, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["文化事务:50010922T000000095633", "清扫保洁服务外包:50010922T000000095557"],
            Nodes(page, n => $"{n.GetProperty("name").GetString()}:{n.GetProperty("code").GetString()}"));
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SCAN p USING INDEX IX_Projects_Code_Desc_Categories\n", plan.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_rare_value_is_read_from_its_own_index_not_walked()
    {
        // 5 indicators of 效益指标 (chaoyang-2023.txt) among 255: a walk of the whole index could cost more than reading
        // them, so they are read and sorted.
        const string Query = """
            { indicators(where: { level1: { eq: "效益指标" } }, order: [{ numericTarget: DESC }], first: 3) { totalCount nodes { name } } }
            """;
        var page = (await fixture.DataAsync(Query)).GetProperty("indicators");
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        var plan = await fixture.PlanOfAsync(Query, "ORDER BY");
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_Level1_Orders (Level1=?)\nUSE TEMP B-TREE FOR ORDER BY\n", plan.ReplaceLineEndings("\n"));
    }

    private static string[] Nodes(JsonElement connection, Func<JsonElement, string> show) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(show)];
}
