namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class BudgetLinesTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task ExpenditureLines_filter_by_code_prefix_and_level_with_source()
    {
        var data = await Fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) {
                expenditureLines(where: { code: { startsWith: "21205" }, level: { eq: ITEM } }) {
                  code name level parentCode total basic project table source { fileName tableTitle tableNumber line } } } }
            """);
        var line = Assert.Single(data.GetProperty("budget").GetProperty("expenditureLines").EnumerateArray());
        Assert.Equal("2120501", line.GetProperty("code").GetString());
        Assert.Equal("城乡社区环境卫生", line.GetProperty("name").GetString());
        Assert.Equal("21205", line.GetProperty("parentCode").GetString());
        Assert.Equal(455.30m, line.GetProperty("total").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("basic").ValueKind);
        Assert.Equal(455.30m, line.GetProperty("project").GetDecimal());
        Assert.Equal("GENERAL_PUBLIC_BUDGET_EXPENDITURE", line.GetProperty("table").GetString());
        var source = line.GetProperty("source");
        Assert.Equal("nanping-2024.txt", source.GetProperty("fileName").GetString());
        Assert.Equal("一般公共预算财政拨款支出预算表", source.GetProperty("tableTitle").GetString());
        Assert.Equal("表二", source.GetProperty("tableNumber").GetString());
        Assert.Equal(179, source.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task ExpenditureLines_sort_by_total_descending_with_amount_filter()
    {
        var data = await Fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) { expenditureLines(where: { total: { gte: 400, lt: 1000 } }, order: [{ total: DESC }, { code: ASC }]) { code total } } }
            """);
        var lines = data.GetProperty("budget").GetProperty("expenditureLines");
        Assert.Equal(new[] { "21201", "2120101", "21205", "2120501" }, Values(lines, "code"));
    }

    [Fact]
    public async Task ExpenditureTree_nests_category_section_and_item_rows()
    {
        var data = await Fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) { expenditureTree { code name total children { code total children { code name total } } } } }
            """);
        var tree = data.GetProperty("budget").GetProperty("expenditureTree");
        Assert.Equal(new[] { "212", "221" }, Values(tree, "code"));
        Assert.Equal(1373.80m, tree[0].GetProperty("total").GetDecimal());
        Assert.Equal(new[] { "21201", "21205" }, Values(tree[0].GetProperty("children"), "code"));
        Assert.Equal(new[] { "2120101", "2120104", "2120199" }, Values(tree[0].GetProperty("children")[0].GetProperty("children"), "code"));
        var sanitation = tree[0].GetProperty("children")[1].GetProperty("children")[0];
        Assert.Equal("2120501", sanitation.GetProperty("code").GetString());
        Assert.Equal(455.30m, sanitation.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Tables_list_the_provenance_of_the_budget()
    {
        var data = await Fixture.DataAsync("""{ budget(unitSlug: "nanping", year: 2024) { tables { kind title number startLine } threePublicCosts { total } procurement { name } priorYearStatements { label } } }""");
        var budget = data.GetProperty("budget");
        Assert.Equal(new[] { "一般公共预算财政拨款支出预算表", "项目绩效目标表（一级项目）" }, Values(budget.GetProperty("tables"), "title"));
        Assert.Equal("GENERAL_PUBLIC_BUDGET_EXPENDITURE", budget.GetProperty("tables")[0].GetProperty("kind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, budget.GetProperty("threePublicCosts").ValueKind);
        Assert.Equal(0, budget.GetProperty("procurement").GetArrayLength());
    }

    [Fact]
    public async Task Findings_filter_by_rule_and_unit()
    {
        var data = await Fixture.DataAsync("""
            { dataQualityFindings(where: { rule: { eq: "PARENT_NE_SUM_OF_CHILDREN" }, unit: { slug: { eq: "jiangbeicheng" } } }) {
                totalCount nodes { rule row expected actual source { fileName tableTitle line } budget { year } } } }
            """);
        var finding = Assert.Single(data.GetProperty("dataQualityFindings").GetProperty("nodes").EnumerateArray());
        Assert.Equal("212", finding.GetProperty("row").GetString());
        Assert.Equal(1248.17m, finding.GetProperty("expected").GetDecimal());
        Assert.Equal(1248.18m, finding.GetProperty("actual").GetDecimal());
        Assert.Equal(166, finding.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal("jiangbeicheng-2025.txt", finding.GetProperty("source").GetProperty("fileName").GetString());
        Assert.Equal(2025, finding.GetProperty("budget").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Budgets_filter_by_expenditure_and_sort_by_year()
    {
        var data = await Fixture.DataAsync("""
            { budgets(where: { expenditureTotal: { ngt: 4000 }, unit: { districtName: { endsWith: "区" } } }, order: [{ year: DESC }]) { nodes { year unit { slug } totals { expenditure income } } } }
            """);
        var nodes = data.GetProperty("budgets").GetProperty("nodes");
        Assert.Equal(new[] { "2025", "2023" }, Values(nodes, "year"));
        Assert.Equal(3634.33m, nodes[0].GetProperty("totals").GetProperty("expenditure").GetDecimal());
        Assert.Equal(3636.80m, nodes[0].GetProperty("totals").GetProperty("income").GetDecimal());
    }
}
