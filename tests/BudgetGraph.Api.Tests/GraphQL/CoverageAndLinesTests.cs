using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Coverage, the total taken from the 部门整体绩效目标表 (Ciqikou 2024 line 7: 部门支出预算总量 1629.08; Shandong 2024
/// line 7: 1009.24), expenditureLines' default table and paging, English names.
/// </summary>
public class CoverageAndLinesTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    [InlineData("ciqikou", 1629.08, "PERFORMANCE_OVERALL_TABLE", false, true)]
    [InlineData("shandong", 1009.24, "PERFORMANCE_OVERALL_TABLE", false, true)]
    [InlineData("nanping", 4851.31, "FINANCIAL_TABLES", true, true)]
    public async Task Coverage_and_the_source_of_the_total_are_explicit(string slug, decimal expenditure, string source,
        bool financial, bool performance)
    {
        var data = await fixture.DataAsync($$"""{ budget(unitSlug: "{{slug}}", year: 2024) { totals { expenditure basic source } coverage { financialTables narrative performanceTables } } }""");

        var budget = data.GetProperty("budget");
        Assert.Equal(expenditure, budget.GetProperty("totals").GetProperty("expenditure").GetDecimal());
        Assert.Equal(source, budget.GetProperty("totals").GetProperty("source").GetString());
        Assert.Equal(financial, budget.GetProperty("coverage").GetProperty("financialTables").GetBoolean());
        Assert.Equal(financial, budget.GetProperty("coverage").GetProperty("narrative").GetBoolean());
        Assert.Equal(performance, budget.GetProperty("coverage").GetProperty("performanceTables").GetBoolean());
        if (!financial) Assert.Equal(JsonValueKind.Null, budget.GetProperty("totals").GetProperty("basic").ValueKind);
    }

    [Fact]
    public async Task Expenditure_lines_default_to_table_2_and_ALL_gives_every_table()
    {
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) {
                one: expenditureLines(where: { code: { eq: "20103" } }) { table total nameEn }
                all: expenditureLines(table: ALL, where: { code: { eq: "20103" } }) { table }
                page: expenditureLines(skip: 1, take: 2) { code }
                first: expenditureLines(take: 3) { code } } }
            """);

        var budget = data.GetProperty("budget");
        var line = Assert.Single(budget.GetProperty("one").EnumerateArray());
        Assert.Equal("GENERAL_PUBLIC_BUDGET_EXPENDITURE", line.GetProperty("table").GetString());
        Assert.Equal("Government offices and related agencies", line.GetProperty("nameEn").GetString());
        Assert.Equal(2, budget.GetProperty("all").GetArrayLength());   // 表二 and 表八 both print 20103
        var first = budget.GetProperty("first").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToList();
        Assert.Equal(first.Skip(1), budget.GetProperty("page").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_expenditure_filter_and_sort_read_the_value_totals_expenditure_shows_for_every_budget()
    {
        // Ciqikou and Shandong 2024 print only performance tables: totals.expenditure shows their 部门支出预算总量
        // (1,629.08 and 1,009.24 万元). `expenditure` filters and sorts by that same stored value; expenditureTotal holds
        // only the financial tables' 支出合计, so it has none for them — its description says so.
        var data = await fixture.DataAsync("""
            { financial: budgets(where: { expenditureTotal: { lt: 2000 } }) { totalCount }
              served: budgets(where: { expenditure: { lt: 2000 } }, order: [{ expenditure: ASC }]) {
                totalCount nodes { unit { slug } totals { expenditure source } } }
              all: budgets(order: [{ expenditure: DESC }]) { nodes { totals { expenditure } } }
              __type(name: "BudgetFilterInput") { inputFields { name description } } }
            """);
        Assert.Equal(0, data.GetProperty("financial").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, data.GetProperty("served").GetProperty("totalCount").GetInt32());
        var nodes = data.GetProperty("served").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["shandong", "ciqikou"], nodes.Select(n => n.GetProperty("unit").GetProperty("slug").GetString()));
        Assert.Equal([1009.24m, 1629.08m], nodes.Select(n => n.GetProperty("totals").GetProperty("expenditure").GetDecimal()));
        Assert.All(nodes, n => Assert.Equal("PERFORMANCE_OVERALL_TABLE", n.GetProperty("totals").GetProperty("source").GetString()));

        var shown = data.GetProperty("all").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("totals").GetProperty("expenditure").GetDecimal()).ToList();
        Assert.Equal(5, shown.Count);
        Assert.Equal(shown.OrderDescending(), shown);   // sorted by the very value shown, performance-only budgets included

        var description = data.GetProperty("__type").GetProperty("inputFields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "expenditureTotal").GetProperty("description").GetString();
        Assert.Contains("`expenditure` covers every budget", description);
    }
}
