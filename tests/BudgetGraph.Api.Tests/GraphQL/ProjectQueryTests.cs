namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class ProjectQueryTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Acceptance_query_finds_projects_of_2024_and_2025_over_100_wan_yuan_with_their_core_indicators()
    {
        var data = await Fixture.DataAsync("""
            {
              projects(where: { year: { in: [2024, 2025] }, amount: { gt: 100 } }, order: [{ amount: DESC }]) {
                totalCount
                nodes { name amount year unit { name } indicators(where: { isCore: { eq: true } }) { name } }
              }
            }
            """);
        var projects = data.GetProperty("projects");
        Assert.Equal(5, projects.GetProperty("totalCount").GetInt32());
        var nodes = projects.GetProperty("nodes");
        Assert.Equal(new[] { "南坪街道村居工作经费", "南坪街道公共事务运行专项", "民政管理事务工作经费", "运行保障工作经费", "南坪街道办公用房租金" },
            Values(nodes, "name"));
        Assert.Equal(new[] { 1149.38m, 405.91m, 390.38m, 210.00m, 107.94m }, nodes.EnumerateArray().Select(n => n.GetProperty("amount").GetDecimal()));
        Assert.Equal("重庆市南岸区人民政府南坪街道办事处", nodes[0].GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(new[] { "社区牵头解决问题数量" }, Values(nodes[0].GetProperty("indicators"), "name"));
        Assert.Equal(new[] { "安全检查人次" }, Values(nodes[1].GetProperty("indicators"), "name"));
        Assert.Equal(new[] { "发放社区工作者、网格员薪酬、社保、补贴等费用" }, Values(nodes[2].GetProperty("indicators"), "name"));
    }

    [Fact]
    public async Task Projects_amount_gt_excludes_the_boundary_and_gte_includes_it()
    {
        var gt = await Fixture.DataAsync("{ projects(where: { amount: { gt: 100 } }) { totalCount } }");
        var gte = await Fixture.DataAsync("{ projects(where: { amount: { gte: 100 } }) { totalCount } }");
        Assert.Equal(5, gt.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(6, gte.GetProperty("projects").GetProperty("totalCount").GetInt32()); // + 清扫保洁服务外包 100.00
    }

    [Fact]
    public async Task Projects_filter_through_the_nested_unit_and_an_amount_range()
    {
        var data = await Fixture.DataAsync("""
            { projects(where: { unit: { slug: { eq: "nanping" } }, amount: { gte: 100, lt: 500 } }, order: [{ name: ASC }]) { nodes { name amount } } }
            """);
        Assert.Equal(new[] { "南坪街道公共事务运行专项", "南坪街道办公用房租金" }, Values(data.GetProperty("projects").GetProperty("nodes"), "name"));
    }

    [Fact]
    public async Task Projects_filter_by_name_contains_category_and_code_starts_with()
    {
        var data = await Fixture.DataAsync("""
            { projects(where: { name: { contains: "保洁" }, category: { eq: "一般性项目" }, code: { startsWith: "50010922T" } }) { nodes { name code category amount splits { label amount } } } }
            """);
        var node = Assert.Single(data.GetProperty("projects").GetProperty("nodes").EnumerateArray());
        Assert.Equal("50010922T000000095557", node.GetProperty("code").GetString());
        Assert.Equal(100.00m, node.GetProperty("amount").GetDecimal());
        Assert.Equal("本级安排", node.GetProperty("splits")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Projects_sort_by_unit_then_amount_and_page_backwards()
    {
        var data = await Fixture.DataAsync("""
            { projects(order: [{ unit: { slug: ASC } }, { amount: DESC }], last: 3) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } }
            """);
        // slug order: chaoyang, jiangbeicheng, nanping; the last three are nanping's projects by amount descending.
        Assert.Equal(new[] { "南坪街道村居工作经费", "南坪街道公共事务运行专项", "南坪街道办公用房租金" },
            Values(data.GetProperty("projects").GetProperty("nodes"), "name"));
        Assert.True(data.GetProperty("projects").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Projects_filter_by_has_core_indicator_and_or_over_years()
    {
        var data = await Fixture.DataAsync("""
            { projects(where: { hasCoreIndicator: { eq: false }, or: [{ year: { eq: 2023 } }, { year: { eq: 2025 } }] }) { nodes { name } } }
            """);
        Assert.Equal(new[] { "清扫保洁服务外包", "文化事务" }, Values(data.GetProperty("projects").GetProperty("nodes"), "name"));
    }

    [Fact]
    public async Task Project_source_names_the_document_table_and_line()
    {
        var data = await Fixture.DataAsync("""
            { projects(where: { name: { eq: "南坪街道村居工作经费" } }) { nodes { source { fileName tableTitle line } budget { year } } } }
            """);
        var source = data.GetProperty("projects").GetProperty("nodes")[0].GetProperty("source");
        Assert.Equal("nanping-2024.txt", source.GetProperty("fileName").GetString());
        Assert.Equal("项目绩效目标表（一级项目）", source.GetProperty("tableTitle").GetString());
        Assert.Equal(463, source.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Projects_filter_on_their_indicator_list_with_some_all_and_any()
    {
        var data = await Fixture.DataAsync("""
            { some: projects(where: { indicators: { some: { name: { eq: "居民满意率" } } } }) { nodes { name } }
              none: projects(where: { indicators: { none: { isCore: { eq: true } } }, year: { eq: 2023 } }) { nodes { name } }
              empty: projects(where: { indicators: { any: false } }) { nodes { name } }
              budgets(where: { projects: { some: { amount: { gt: 1000 } } } }) { nodes { year unit { slug } } } }
            """);
        Assert.Equal(new[] { "南坪街道公共事务运行专项", "南坪街道村居工作经费" }, Values(data.GetProperty("some").GetProperty("nodes"), "name"));
        Assert.Equal(new[] { "清扫保洁服务外包", "文化事务" }, Values(data.GetProperty("none").GetProperty("nodes"), "name"));
        Assert.Equal(new[] { "文化事务" }, Values(data.GetProperty("empty").GetProperty("nodes"), "name"));
        Assert.Equal(new[] { "2024" }, Values(data.GetProperty("budgets").GetProperty("nodes"), "year"));
    }
}
