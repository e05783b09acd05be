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
    public static async Task<IReadOnlyList<IndicatorComparisonRow>> CompareAsync(
        BudgetDbContext db, string nameContains, IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years,
        CancellationToken cancellationToken = default)
    {
        var indicators = db.Indicators.AsNoTracking().Where(i => i.Name.Contains(nameContains));
        if (unitSlugs is { Count: > 0 }) indicators = indicators.Where(i => unitSlugs.Contains(i.Budget.Unit.Slug));
        if (years is { Count: > 0 }) indicators = indicators.Where(i => years.Contains(i.FiscalYear));
        return await indicators
            .OrderBy(i => i.Budget.Unit.Slug).ThenBy(i => i.FiscalYear).ThenBy(i => i.ProjectId).ThenBy(i => i.Ordinal)
            .Select(i => new IndicatorComparisonRow(i.Id, i.Budget.Unit.Slug, i.Budget.Unit.ShortName, i.FiscalYear,
                i.Project == null ? null : i.Project.Name, i.Name, i.Operator, i.NumericTarget, i.TextTarget,
                i.UnitOfMeasure, i.IsCore))
            .ToListAsync(cancellationToken);
    }
}
