using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Comparisons;

public class SubjectComparerTests(SeedsWithSyntheticPriorYearDatabase fixture) : IClassFixture<SeedsWithSyntheticPriorYearDatabase>
{
    private async Task<SubjectComparison> Compare(string slug, int year)
    {
        await using var db = fixture.CreateContext();
        var budgetId = await db.Budgets.Where(b => b.Unit.Slug == slug && b.FiscalYear == year).Select(b => b.Id).SingleAsync();
        return await SubjectComparer.CompareAsync(db, budgetId, FunctionalTableKind.GeneralPublicBudgetExpenditure);
    }

    [Fact]
    public async Task Subjects_are_compared_with_the_prior_year_disclosure()
    {
        var comparison = await Compare("nanping", 2024);

        Assert.Equal(ComparisonSource.Disclosure, comparison.Source);
        var administration = comparison.Rows.Single(r => r.Code == "2010301");
        Assert.Equal(480.70m, FixedPoint.FromStored(administration.Current));
        Assert.Equal(512.41m, FixedPoint.FromStored(administration.Prior));
        Assert.Equal(-31.71m, FixedPoint.FromStored(administration.Change));
        Assert.Equal(-6.19m, administration.PercentChange);
        Assert.Equal(SubjectChangeStatus.Continued, administration.Status);
    }

    [Fact]
    public async Task Subjects_only_in_one_year_are_new_or_dropped()
    {
        var comparison = await Compare("nanping", 2024);

        var dropped = comparison.Rows.Single(r => r.Code == "2120399");
        Assert.Equal(SubjectChangeStatus.Dropped, dropped.Status);
        Assert.Null(dropped.Current);
        Assert.Equal(457.73m, FixedPoint.FromStored(dropped.Prior));
        var added = comparison.Rows.Single(r => r.Code == "2070199");
        Assert.Equal(SubjectChangeStatus.New, added.Status);
        Assert.Equal(67.62m, FixedPoint.FromStored(added.Current));
        Assert.Null(added.PercentChange);
    }

    [Fact]
    public async Task Without_a_prior_disclosure_the_comparison_says_none()
    {
        var comparison = await Compare("chaoyang", 2023);

        Assert.Equal(ComparisonSource.None, comparison.Source);
        Assert.Empty(comparison.Rows);
    }
}
