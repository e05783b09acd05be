namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>The schema over the five seeds as imported by the real importer; values read off the seed texts.</summary>
public sealed class ImportedSeedsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public void All_five_seeds_import()
    {
        Assert.True(fixture.ImportReport.AllSucceeded, fixture.ImportReport.Summary + "\n" + string.Join("\n",
            fixture.ImportReport.Documents.Select(d => $"{d.FileName}:{d.ErrorLine}: {d.ErrorReason}")));
    }

    [Fact]
    public async Task Units_lists_the_five_sub_district_offices()
    {
        var data = await fixture.DataAsync("{ units(order: [{ slug: ASC }]) { totalCount nodes { slug shortName unitCode } } }");
        var nodes = data.GetProperty("units").GetProperty("nodes");
        Assert.Equal(new[] { "chaoyang", "ciqikou", "jiangbeicheng", "nanping", "shandong" },
            nodes.EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToArray());
    }

    [Fact]
    public async Task Nanping_2024_totals_and_sanitation_subject_match_the_disclosure()
    {
        // nanping-2024.txt l.117: 合计 4,851.31 / 1,733.30 / 3,118.01; l.179: 2120501 城乡社区环境卫生 455.30.
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) {
                totals { expenditure basic project }
                expenditureLines(where: { code: { eq: "2120501" }, table: { eq: GENERAL_PUBLIC_BUDGET_EXPENDITURE } }) { name total project source { fileName line } }
                projects(order: [{ position: ASC }]) { name amount } } }
            """);
        var budget = data.GetProperty("budget");
        Assert.Equal(4851.31m, budget.GetProperty("totals").GetProperty("expenditure").GetDecimal());
        Assert.Equal(1733.30m, budget.GetProperty("totals").GetProperty("basic").GetDecimal());
        Assert.Equal(3118.01m, budget.GetProperty("totals").GetProperty("project").GetDecimal());
        var line = Assert.Single(budget.GetProperty("expenditureLines").EnumerateArray());
        Assert.Equal("城乡社区环境卫生", line.GetProperty("name").GetString());
        Assert.Equal(455.30m, line.GetProperty("total").GetDecimal());
        Assert.Equal(179, line.GetProperty("source").GetProperty("line").GetInt32());
        var projects = budget.GetProperty("projects").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("amount").GetDecimal())).ToArray();
        Assert.Equal(new[] { ("南坪街道公共事务运行专项", 405.91m), ("南坪街道办公用房租金", 107.94m), ("南坪街道村居工作经费", 1149.38m) }, projects);
    }

    [Fact]
    public async Task Acceptance_query_on_the_seeds_lists_2024_and_2025_projects_over_100_wan_yuan_with_core_indicators()
    {
        var data = await fixture.DataAsync("""
            { projects(where: { year: { in: [2024, 2025] }, amount: { gt: 100 } }, order: [{ amount: DESC }], first: 50) {
                totalCount nodes { name amount year unit { shortName } indicators(where: { isCore: { eq: true } }) { name } } } }
            """);
        var nodes = data.GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.True(n.GetProperty("amount").GetDecimal() > 100m));
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("year").GetInt32(), new[] { 2024, 2025 }));
        var cunju = nodes.Single(n => n.GetProperty("name").GetString() == "南坪街道村居工作经费");
        Assert.Equal(1149.38m, cunju.GetProperty("amount").GetDecimal());
        Assert.Equal(new[] { "社区牵头解决问题数量" }, cunju.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());
        var minzheng = nodes.Single(n => n.GetProperty("name").GetString() == "民政管理事务工作经费");
        Assert.Equal(390.38m, minzheng.GetProperty("amount").GetDecimal());
        Assert.DoesNotContain(nodes, n => n.GetProperty("name").GetString()!.Contains("清扫保洁服务外包")); // chaoyang 2023, 100.00
        Assert.Contains(nodes, n => n.GetProperty("name").GetString() == "清扫保洁及市政绿化管护（镇街体制）" && n.GetProperty("amount").GetDecimal() == 106.48m);
    }

    [Fact]
    public async Task Units_budgets_projects_indicators_over_all_seeds_runs_one_command_per_level()
    {
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("{ units { nodes { slug budgets { year projects { name indicators { name } } } } } }");
        var projectCount = data.GetProperty("units").GetProperty("nodes").EnumerateArray()
            .SelectMany(u => u.GetProperty("budgets").EnumerateArray()).Sum(b => b.GetProperty("projects").GetArrayLength());
        Assert.True(projectCount > 30, $"only {projectCount} projects");
        Assert.Equal(4, fixture.Sql.Commands.Count); // units, budgets, projects, indicators
    }

    [Fact]
    public async Task Nanping_expenditure_tree_and_subject_catalogue_come_from_the_seeds()
    {
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) { expenditureTree { code total children { code total children { code total } } } }
              subjects(where: { code: { eq: "212" }, classification: { eq: FUNCTIONAL } }) { name englishName children { code } } }
            """);
        var tree = data.GetProperty("budget").GetProperty("expenditureTree").EnumerateArray().ToList();
        var community = tree.Single(n => n.GetProperty("code").GetString() == "212");
        Assert.Equal(1373.80m, community.GetProperty("total").GetDecimal());
        var sanitation = community.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("code").GetString() == "21205");
        Assert.Equal(455.30m, sanitation.GetProperty("children")[0].GetProperty("total").GetDecimal());
        var subject = Assert.Single(data.GetProperty("subjects").EnumerateArray());
        Assert.Equal("城乡社区支出", subject.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(subject.GetProperty("englishName").GetString()));
        Assert.Contains(subject.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "21205");
    }

    [Fact]
    public async Task Jiangbeicheng_2025_three_public_costs_procurement_and_nanping_prior_year_statements()
    {
        // jiangbeicheng-2025.txt l.248: 33.50 / 3.00 / 27.50 / — / 27.50 / 3.00; procurement 954.58 (l.472).
        // nanping-2024.txt l.45: 收入比2023年减少355.71万元.
        var data = await fixture.DataAsync("""
            { j: budget(unitSlug: "jiangbeicheng", year: 2025) { totals { procurement }
                threePublicCosts { total overseasTravel vehicleSubtotal vehicleOperation officialReception source { line } } }
              n: budget(unitSlug: "nanping", year: 2024) { priorYearStatements { metric change comparedYear reason source { line } } } }
            """);
        var costs = data.GetProperty("j").GetProperty("threePublicCosts");
        Assert.Equal(33.50m, costs.GetProperty("total").GetDecimal());
        Assert.Equal(3.00m, costs.GetProperty("overseasTravel").GetDecimal());
        Assert.Equal(27.50m, costs.GetProperty("vehicleOperation").GetDecimal());
        Assert.Equal(3.00m, costs.GetProperty("officialReception").GetDecimal());
        Assert.Equal(954.58m, data.GetProperty("j").GetProperty("totals").GetProperty("procurement").GetDecimal());
        var income = data.GetProperty("n").GetProperty("priorYearStatements").EnumerateArray()
            .First(s => s.GetProperty("metric").GetString() == "INCOME_TOTAL");
        Assert.Equal(-355.71m, income.GetProperty("change").GetDecimal());
        Assert.Equal(2023, income.GetProperty("comparedYear").GetInt32());
        Assert.Equal(45, income.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Indicator_source_names_the_card_table()
    {
        var data = await fixture.DataAsync("""
            { indicators(where: { name: { eq: "社区牵头解决问题数量" } }) { nodes { isCore weight numericTarget source { fileName tableTitle line } } } }
            """);
        var node = Assert.Single(data.GetProperty("indicators").GetProperty("nodes").EnumerateArray());
        Assert.True(node.GetProperty("isCore").GetBoolean());
        Assert.Equal(15m, node.GetProperty("weight").GetDecimal());
        Assert.Equal(100m, node.GetProperty("numericTarget").GetDecimal());
        Assert.Equal("nanping-2024.txt", node.GetProperty("source").GetProperty("fileName").GetString());
        Assert.Contains("项目绩效目标表", node.GetProperty("source").GetProperty("tableTitle").GetString());
        Assert.Equal(472, node.GetProperty("source").GetProperty("line").GetInt32());
    }
}
