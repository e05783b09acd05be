using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Comparisons;

public class PriorYearChangeTests(SeedsWithSyntheticPriorYearDatabase fixture) : IClassFixture<SeedsWithSyntheticPriorYearDatabase>
{
    private async Task<IReadOnlyList<PriorYearChange>> ChangesOf(string slug, int year)
    {
        await using var db = fixture.CreateContext();
        var budgetId = await db.Budgets.Where(b => b.Unit.Slug == slug && b.FiscalYear == year).Select(b => b.Id).SingleAsync();
        return (await PriorYearChangeCalculator.ForBudgetsAsync(db, [budgetId]))[budgetId].ToList();
    }

    [Fact]
    public async Task Narrative_income_change_gives_the_prior_year_amount()
    {
        var income = (await ChangesOf("nanping", 2024)).Single(c => c.Metric == NarrativeMetric.IncomeTotal);

        // 收入比2023年减少355.71万元: 4,851.31 + 355.71 = 5,207.02.
        Assert.Equal(4851.31m, FixedPoint.FromStored(income.CurrentAmount));
        Assert.Equal(-355.71m, FixedPoint.FromStored(income.Change));
        Assert.Equal(5207.02m, FixedPoint.FromStored(income.PriorAmount));
        Assert.Equal(-6.83m, income.PercentChange);
        Assert.Equal(2023, income.ComparedYear);
        Assert.Equal(ComparisonSource.Narrative, income.Source);
        Assert.Contains("355.71", income.Sentence);
    }

    [Fact]
    public async Task Narrative_checked_against_the_prior_disclosure_agrees_where_the_figures_match()
    {
        var changes = await ChangesOf("nanping", 2024);

        var income = changes.Single(c => c.Metric == NarrativeMetric.IncomeTotal);
        Assert.Equal(5207.02m, FixedPoint.FromStored(income.DisclosedPriorAmount));
        Assert.True(income.AgreesWithDisclosure);
        // Section 三's 项目支出 (general public budget only) is checked against 表二: 3,118.01 + 305.34 = 3,423.35.
        var project = changes.Single(c => c.Metric == NarrativeMetric.ProjectExpenditure);
        Assert.Equal(3423.35m, FixedPoint.FromStored(project.DisclosedPriorAmount));
        Assert.True(project.AgreesWithDisclosure);
    }

    [Fact]
    public async Task Narrative_that_disagrees_with_the_prior_disclosure_is_flagged()
    {
        var changes = await ChangesOf("nanping", 2024);

        // "三公"经费 18 万元, 比2023年减少15.09 → 33.09, but the (synthetic) 2023 disclosure says 33.59.
        var threePublic = changes.Single(c => c.Metric == NarrativeMetric.ThreePublicCostsTotal);
        Assert.Equal(33.09m, FixedPoint.FromStored(threePublic.PriorAmount));
        Assert.Equal(33.59m, FixedPoint.FromStored(threePublic.DisclosedPriorAmount));
        Assert.False(threePublic.AgreesWithDisclosure);
    }

    [Fact]
    public async Task Cross_year_disagreements_are_recorded_as_findings_on_the_later_budget()
    {
        await using var db = fixture.CreateContext();
        var findings = await db.DataQualityFindings
            .Where(f => f.Rule == CrossYearReconciliation.Rule)
            .Select(f => new { f.Budget.Unit.Slug, f.Budget.FiscalYear, f.Row, f.Expected, f.Actual })
            .ToListAsync();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("nanping", 2024), (f.Slug, f.FiscalYear)));
        var reception = Assert.Single(findings, f => f.Actual == FixedPoint.ToStored(12.09m));
        Assert.Equal(12.59m, FixedPoint.FromStored(reception.Expected));
        Assert.Single(findings, f => f.Actual == FixedPoint.ToStored(33.09m) && f.Expected == FixedPoint.ToStored(33.59m));
    }

    [Fact]
    public async Task Flat_and_zero_changes_are_a_change_of_zero()
    {
        var overseas = (await ChangesOf("nanping", 2024)).Single(c => c.Metric == NarrativeMetric.OverseasTravel);

        Assert.Equal(0m, FixedPoint.FromStored(overseas.Change));
        Assert.Equal(0m, FixedPoint.FromStored(overseas.PriorAmount));
        Assert.Null(overseas.PercentChange);
    }
}

public class PriorYearChangeWithoutPriorDisclosureTests(SeedsOnlyDatabase fixture) : IClassFixture<SeedsOnlyDatabase>
{
    [Fact]
    public async Task Without_a_prior_disclosure_the_narrative_is_not_checked()
    {
        await using var db = fixture.CreateContext();
        var budgetId = await db.Budgets.Where(b => b.Unit.Slug == "nanping").Select(b => b.Id).SingleAsync();
        var income = (await PriorYearChangeCalculator.ForBudgetsAsync(db, [budgetId]))[budgetId]
            .Single(c => c.Metric == NarrativeMetric.IncomeTotal);

        Assert.Equal(ComparisonSource.Narrative, income.Source);
        Assert.Equal(5207.02m, FixedPoint.FromStored(income.PriorAmount));
        Assert.Null(income.DisclosedPriorAmount);
        Assert.Null(income.AgreesWithDisclosure);
    }

    [Fact]
    public async Task A_budget_without_narrative_or_prior_disclosure_says_none_instead_of_inventing_numbers()
    {
        await using var db = fixture.CreateContext();
        var budgetId = await db.Budgets.Where(b => b.Unit.Slug == "shandong").Select(b => b.Id).SingleAsync();
        var rows = (await PriorYearChangeCalculator.ForBudgetsAsync(db, [budgetId]))[budgetId].ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(ComparisonSource.None, r.Source);
            Assert.Null(r.PriorAmount);
            Assert.Null(r.Change);
        });
    }
}
