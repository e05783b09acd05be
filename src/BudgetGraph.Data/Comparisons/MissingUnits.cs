using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// The units in scope of a cross-unit question that contribute nothing: the units asked for (or all), for each year
/// asked (or each year they have a budget). A unit without a budget for a year asked is
/// <see cref="MissingReason.NoBudgetForYear"/>; a budget that the question's own test rejects gets the reason
/// that question gives.
/// </summary>
public static class MissingUnits
{
    /// <summary>A budget that contributes nothing; <see cref="HasData"/> says whether it has the kind of data asked at all.</summary>
    public sealed record Candidate(string UnitSlug, string UnitShortName, int Year, bool HasData);

    public static async Task<IReadOnlyList<MissingUnit>> FindAsync(
        BudgetDbContext db, IReadOnlyList<string>? unitSlugs, IReadOnlyList<int>? years,
        Func<IQueryable<Budget>, IQueryable<Candidate>> contributesNothing,
        Func<Candidate, (MissingReason Code, string Reason)> explain,
        CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (unitSlugs is { Count: > 0 } slugs) units = units.Where(u => slugs.Contains(u.Slug));
        var budgets = db.Budgets.AsNoTracking().Where(b => units.Any(u => u.Id == b.UnitId));
        if (years is { Count: > 0 } ys) budgets = budgets.Where(b => ys.Contains(b.FiscalYear));

        var candidates = await contributesNothing(budgets).ToListAsync(cancellationToken);
        var missing = candidates.Select(c =>
        {
            var (code, reason) = explain(c);
            return new MissingUnit(c.UnitSlug, c.UnitShortName, c.Year, code, reason);
        }).ToList();

        var held = await units.Select(u => new
        {
            u.Slug, u.ShortName,
            Years = u.Budgets.Select(b => b.FiscalYear).ToList(),
        }).ToListAsync(cancellationToken);
        foreach (var unit in held)
        {
            if (years is { Count: > 0 })
            {
                foreach (var year in years.Distinct().Where(y => !unit.Years.Contains(y)))
                    missing.Add(new MissingUnit(unit.Slug, unit.ShortName, year, MissingReason.NoBudgetForYear,
                        $"The dataset holds no {year} disclosure of this unit" +
                        (unit.Years.Count > 0 ? $" (it holds {string.Join(", ", unit.Years.Order())})." : ".")));
            }
            else if (unit.Years.Count == 0)
                missing.Add(new MissingUnit(unit.Slug, unit.ShortName, null, MissingReason.NoBudgetForYear,
                    "The dataset holds no disclosure of this unit."));
        }
        return missing.OrderBy(m => m.UnitSlug, StringComparer.Ordinal).ThenBy(m => m.Year).ToList();
    }
}
