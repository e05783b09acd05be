using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>One indicator placed side by side with the same kind of indicator of other units.</summary>
public sealed record IndicatorComparisonRow(
    int IndicatorId,
    string UnitSlug,
    string UnitShortName,
    int Year,
    string? ProjectName,
    string Name,
    string? Operator,
    long? NumericTarget,
    string? TextTarget,
    string? UnitOfMeasure,
    bool? IsCore);

/// <summary>
/// Lines up indicators whose name contains a term (e.g. 满意 for every satisfaction target) across units and years,
/// from project cards and overall goals alike. Filtering and ordering run in SQL.
/// </summary>
public static class IndicatorComparer
{
    /// <summary>The matching indicators as a composable query in the default order (unit, year, project, position).</summary>
    public static IQueryable<IndicatorComparisonRow> Query(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years) =>
        Matching(db, nameContains, unitSlugs, years)
            .OrderBy(i => i.Budget.Unit.Slug).ThenBy(i => i.FiscalYear).ThenBy(i => i.ProjectId).ThenBy(i => i.Ordinal)
            .ThenBy(i => i.Id)
            .Select(i => new IndicatorComparisonRow(i.Id, i.Budget.Unit.Slug, i.Budget.Unit.ShortName, i.FiscalYear,
                i.Project == null ? null : i.Project.Name, i.Name, i.Operator, i.NumericTarget, i.TextTarget,
                i.UnitOfMeasure, i.IsCore));

    /// <summary>
    /// The matching indicators themselves, unordered (as many as <see cref="Query"/> gives): counted, they read the
    /// name index alone, without the joins the rows' unit and project need.
    /// </summary>
    public static IQueryable<Indicator> Matching(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years)
    {
        var indicators = db.Indicators.AsNoTracking().Where(i => i.Name.Contains(nameContains));
        if (unitSlugs is { Count: > 0 }) indicators = indicators.Where(i => unitSlugs.Contains(i.Budget.Unit.Slug));
        if (years is { Count: > 0 }) indicators = indicators.Where(i => years.Contains(i.FiscalYear));
        return indicators;
    }

    /// <summary>Every matching indicator (unpaged; for small questions and tests).</summary>
    public static async Task<IReadOnlyList<IndicatorComparisonRow>> CompareAsync(
        BudgetDbContext db, string nameContains, IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years,
        CancellationToken cancellationToken = default) =>
        await Query(db, nameContains, unitSlugs, years).ToListAsync(cancellationToken);

    /// <summary>The units (and years) in scope without any indicator whose name contains the term, and why.</summary>
    public static Task<IReadOnlyList<MissingUnit>> MissingAsync(BudgetDbContext db, string nameContains,
        IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years, CancellationToken cancellationToken = default) =>
        MissingUnits.FindAsync(db, unitSlugs, years,
            budgets => budgets
                .Where(b => !db.Indicators.Any(i => i.BudgetId == b.Id && i.Name.Contains(nameContains)))
                .Select(b => new MissingUnits.Candidate(b.Unit.Slug, b.Unit.ShortName, b.FiscalYear,
                    db.Indicators.Any(i => i.BudgetId == b.Id))),
            candidate => (MissingReason.NoMatchingIndicator, candidate.HasData
                ? $"None of the performance indicators of its {candidate.Year} disclosure has a name containing '{nameContains}'."
                : $"Its {candidate.Year} disclosure has no performance indicators."),
            cancellationToken);
}
