using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>The one rule of "last year" for every comparison: the same unit's budget of the previous fiscal year.</summary>
public static class PriorBudgets
{
    /// <summary>The budgets whose unit also has the previous year's budget in the dataset (in SQL: an index seek each).</summary>
    public static IQueryable<Budget> HavingOne(BudgetDbContext db) =>
        db.Budgets.Where(b => db.Budgets.Any(p => p.UnitId == b.UnitId && p.FiscalYear == b.FiscalYear - 1));

    /// <summary>For each budget that has one in the dataset, the id of its previous-year budget (one query).</summary>
    public static async Task<Dictionary<int, int>> IdsAsync(
        BudgetDbContext db, IReadOnlyCollection<Budget> budgets, CancellationToken cancellationToken = default)
    {
        var unitIds = budgets.Select(b => b.UnitId).Distinct().ToList();
        var candidates = await db.Budgets.AsNoTracking().Where(b => unitIds.Contains(b.UnitId))
            .Select(b => new { b.Id, b.UnitId, b.FiscalYear }).ToListAsync(cancellationToken);
        // The first candidate of each (unit, year), as a scan of the list would find it.
        var byUnitYear = new Dictionary<(int UnitId, int FiscalYear), int>();
        foreach (var candidate in candidates) byUnitYear.TryAdd((candidate.UnitId, candidate.FiscalYear), candidate.Id);
        var result = new Dictionary<int, int>();
        foreach (var budget in budgets)
        {
            if (byUnitYear.TryGetValue((budget.UnitId, budget.FiscalYear - 1), out var prior)) result[budget.Id] = prior;
        }
        return result;
    }
}
