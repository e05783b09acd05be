using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>A cell of the comparison matrix: one unit, one year, one subject.</summary>
public sealed record ComparisonRow(
    int BudgetId,
    int UnitId,
    string UnitSlug,
    string UnitShortName,
    int Year,
    string Code,
    string Name,
    SubjectLevel Level,
    long? Total,
    long? Basic,
    long? Project,
    decimal? ShareOfUnitExpenditure,
    int Rank);

/// <summary>What to compare; an empty or null list means "all".</summary>
public sealed record ComparisonRequest(
    IReadOnlyList<string>? SubjectCodes,
    IReadOnlyList<string>? UnitSlugs,
    IReadOnlyList<int>? Years,
    SubjectLevel? Level,
    FunctionalTableKind Table = FunctionalTableKind.GeneralPublicBudgetExpenditure);

/// <summary>
/// Builds the unit × year × subject matrix that dashboards chart directly. Filtering runs in SQL; share and rank
/// are computed on the (small) result: rank is 1 for the largest total among the compared units of the same
/// year and subject, ties share a rank.
/// </summary>
public static class CrossUnitComparer
{
    public static async Task<IReadOnlyList<ComparisonRow>> CompareAsync(
        BudgetDbContext db, ComparisonRequest request, CancellationToken cancellationToken = default)
    {
        var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == request.Table);
        if (request.SubjectCodes is { Count: > 0 } codes) lines = lines.Where(l => codes.Contains(l.Code));
        if (request.UnitSlugs is { Count: > 0 } slugs) lines = lines.Where(l => slugs.Contains(l.Budget.Unit.Slug));
        if (request.Years is { Count: > 0 } years) lines = lines.Where(l => years.Contains(l.Budget.FiscalYear));
        if (request.Level is { } level) lines = lines.Where(l => l.Level == level);

        var raw = await lines
            .OrderBy(l => l.Code).ThenBy(l => l.Budget.FiscalYear).ThenBy(l => l.Budget.Unit.Slug)
            .Select(l => new
            {
                l.BudgetId, l.Budget.UnitId, l.Budget.Unit.Slug, l.Budget.Unit.ShortName, l.Budget.FiscalYear,
                l.Code, l.Name, l.Level, l.Total, l.Basic, l.Project, UnitTotal = l.Budget.ExpenditureTotal,
            })
            .ToListAsync(cancellationToken);

        return raw.Select(r => new ComparisonRow(
                r.BudgetId, r.UnitId, r.Slug, r.ShortName, r.FiscalYear, r.Code, r.Name, r.Level, r.Total, r.Basic,
                r.Project, Percent.Of(r.Total, r.UnitTotal),
                Rank: 1 + raw.Where(o => o.Code == r.Code && o.FiscalYear == r.FiscalYear)
                    .Select(o => o.Total ?? 0).Distinct().Count(t => t > (r.Total ?? 0))))
            .ToList();
    }
}
