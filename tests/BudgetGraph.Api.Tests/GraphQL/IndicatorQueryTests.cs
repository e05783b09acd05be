namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class IndicatorQueryTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Indicators_finds_satisfaction_indicators_with_a_target_of_90_percent_or_less()
    {
        var data = await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lte: 90 }, unitOfMeasure: { eq: "%" } }, order: [{ year: ASC }, { name: ASC }], first: 20) {
                totalCount nodes { name numericTarget operator weight year project { name } unit { slug } } } }
            """);
        var connection = data.GetProperty("indicators");
        // nanping: overall 居民满意率, 居民满意率 ×2 and 群众满意率 on cards; jiangbeicheng: 食堂用餐满意度.
        Assert.Equal(5, connection.GetProperty("totalCount").GetInt32());
        var nodes = connection.GetProperty("nodes");
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(90m, n.GetProperty("numericTarget").GetDecimal()));
        Assert.Equal("食堂用餐满意度", nodes[4].GetProperty("name").GetString());
        Assert.Equal("运行保障工作经费", nodes[4].GetProperty("project").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Indicators_of_the_overall_goal_have_no_project()
    {
        var data = await Fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) { overallPerformance { goal budgetAmount indicators { name weight numericTarget unitOfMeasure project { name } } } } }
            """);
        var overall = data.GetProperty("budget").GetProperty("overallPerformance");
        Assert.Equal(4851.31m, overall.GetProperty("budgetAmount").GetDecimal());
        var indicators = overall.GetProperty("indicators");
        Assert.Equal(new[] { "居民满意率", "安全检查人次" }, Values(indicators, "name"));
        Assert.Equal(12m, indicators[1].GetProperty("weight").GetDecimal());
        Assert.Equal(2000m, indicators[1].GetProperty("numericTarget").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, indicators[1].GetProperty("project").ValueKind);
    }

    [Fact]
    public async Task Indicators_filter_by_level_and_nested_project()
    {
        var data = await Fixture.DataAsync("""
            { a: indicators(where: { level1: { eq: "产出指标" }, level2: { eq: "数量指标" } }) { nodes { name numericTarget } }
              b: indicators(where: { project: { amount: { gt: 1000 } }, isCore: { neq: true } }) { nodes { name } } }
            """);
        var a = Assert.Single(data.GetProperty("a").GetProperty("nodes").EnumerateArray());
        Assert.Equal("背街小巷清扫保洁面积", a.GetProperty("name").GetString());
        Assert.Equal(122345m, a.GetProperty("numericTarget").GetDecimal());
        Assert.Equal(new[] { "居民满意率" }, Values(data.GetProperty("b").GetProperty("nodes"), "name"));
    }
}
