using System.Text.Json;

namespace BudgetGraph.Api.Tests.Comparisons;

public class ComparisonQueryTests(SeedsWithSyntheticPriorYearFixture fixture) : IClassFixture<SeedsWithSyntheticPriorYearFixture>
{
    [Fact]
    public async Task Prior_year_changes_derive_last_year_from_the_narrative_and_check_it_against_the_prior_disclosure()
    {
        var data = await fixture.DataAsync("""
            { budget(unitSlug: "nanping", year: 2024) {
                priorYearChanges { metric currentAmount change priorAmount percentChange source disclosedPriorAmount agreesWithDisclosure sentence } } }
            """);

        var changes = data.GetProperty("budget").GetProperty("priorYearChanges").EnumerateArray().ToList();
        var income = changes.First(c => c.GetProperty("metric").GetString() == "INCOME_TOTAL");
        Assert.Equal(4851.31m, income.GetProperty("currentAmount").GetDecimal());
        Assert.Equal(-355.71m, income.GetProperty("change").GetDecimal());
        Assert.Equal(5207.02m, income.GetProperty("priorAmount").GetDecimal());
        Assert.Equal(-6.83m, income.GetProperty("percentChange").GetDecimal());
        Assert.Equal("NARRATIVE", income.GetProperty("source").GetString());
        Assert.True(income.GetProperty("agreesWithDisclosure").GetBoolean());
        var threePublic = changes.First(c => c.GetProperty("metric").GetString() == "THREE_PUBLIC_COSTS_TOTAL");
        Assert.Equal(33.09m, threePublic.GetProperty("priorAmount").GetDecimal());
        Assert.Equal(33.59m, threePublic.GetProperty("disclosedPriorAmount").GetDecimal());
        Assert.False(threePublic.GetProperty("agreesWithDisclosure").GetBoolean());
    }

    [Fact]
    public async Task A_budget_without_any_prior_figure_says_so()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "ciqikou", year: 2024) { priorYearChanges { metric source priorAmount } subjectChanges { source rows { code } } } }""");

        var budget = data.GetProperty("budget");
        Assert.All(budget.GetProperty("priorYearChanges").EnumerateArray(), c =>
        {
            Assert.Equal("NONE", c.GetProperty("source").GetString());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("priorAmount").ValueKind);
        });
        Assert.Equal("NONE", budget.GetProperty("subjectChanges").GetProperty("source").GetString());
        Assert.Empty(budget.GetProperty("subjectChanges").GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task Subject_changes_compare_with_the_prior_disclosure()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "nanping", year: 2024) { subjectChanges { source rows { code level current prior change percentChange status } } } }""");

        var comparison = data.GetProperty("budget").GetProperty("subjectChanges");
        Assert.Equal("DISCLOSURE", comparison.GetProperty("source").GetString());
        var rows = comparison.GetProperty("rows").EnumerateArray().ToList();
        var administration = rows.Single(r => r.GetProperty("code").GetString() == "2010301");
        Assert.Equal(-31.71m, administration.GetProperty("change").GetDecimal());
        Assert.Equal("ITEM", administration.GetProperty("level").GetString());
        Assert.Equal("DROPPED", rows.Single(r => r.GetProperty("code").GetString() == "2120399").GetProperty("status").GetString());
        Assert.Equal("NEW", rows.Single(r => r.GetProperty("code").GetString() == "2070199").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Compare_returns_a_chartable_matrix()
    {
        var data = await fixture.DataAsync("""{ compare(subjectCodes: ["212"], years: [2024, 2025]) { nodes { unitSlug year name total shareOfUnitExpenditure rank } } }""");

        var rows = data.GetProperty("compare").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var jiangbeicheng = rows.Single(r => r.GetProperty("unitSlug").GetString() == "jiangbeicheng");
        Assert.Equal(1248.18m, jiangbeicheng.GetProperty("total").GetDecimal());
        var nanping = rows.Single(r => r.GetProperty("unitSlug").GetString() == "nanping");
        Assert.Equal(1373.80m, nanping.GetProperty("total").GetDecimal());
        Assert.Equal(28.32m, nanping.GetProperty("shareOfUnitExpenditure").GetDecimal()); // 1,373.80 / 4,851.31
    }

    [Fact]
    public async Task Expenditure_aggregate_groups_by_district_over_a_budget_filter()
    {
        var data = await fixture.DataAsync("""{ expenditureAggregate(by: DISTRICT, level: CATEGORY, where: { year: { gte: 2024 } }) { rows { key sum count } } }""");

        var rows = data.GetProperty("expenditureAggregate").GetProperty("rows").EnumerateArray().ToList();
        // 江北区: Jiangbeicheng 2025's 类 rows of 表二; 南岸区: Nanping 2024's seven 类 rows (4,851.30 as printed).
        Assert.Equal(4851.30m, rows.Single(r => r.GetProperty("key").GetString() == "南岸区").GetProperty("sum").GetDecimal());
        Assert.Equal(7, rows.Single(r => r.GetProperty("key").GetString() == "南岸区").GetProperty("count").GetInt32());
        Assert.Contains(rows, r => r.GetProperty("key").GetString() == "江北区");
        Assert.DoesNotContain(rows, r => r.GetProperty("key").GetString() == "北碚区"); // Chaoyang is 2023
    }

    [Fact]
    public async Task Indicator_comparison_lines_up_satisfaction_targets()
    {
        var data = await fixture.DataAsync("""{ indicatorComparison(nameContains: "满意", years: [2023], first: 50) { nodes { unitSlug projectName name operator numericTarget } } }""");

        var rows = data.GetProperty("indicatorComparison").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("chaoyang", r.GetProperty("unitSlug").GetString()));
        Assert.Contains(rows, r => r.GetProperty("name").GetString() == "辖区群众满意度" && r.GetProperty("numericTarget").GetDecimal() == 85m);
    }

    [Fact]
    public async Task Cross_year_findings_are_visible_on_the_budget()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "nanping", year: 2024) { findings { rule expected actual } } }""");

        var findings = data.GetProperty("budget").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "NARRATIVE_PRIOR_NE_PRIOR_DISCLOSURE").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.GetProperty("expected").GetDecimal() == 33.59m && f.GetProperty("actual").GetDecimal() == 33.09m);
    }
}
