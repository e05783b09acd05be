using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>The one rule of "last year" for every comparison: the same unit's budget of the previous fiscal year.</summary>
public static class PriorBudgets
{
    /// <summary>For each budget that has one in the dataset, the id of its previous-year budget (one query).</summary>
    public static async Task<Dictionary<int, int>> IdsAsync(
        BudgetDbContext db, IReadOnlyCollection<Budget> budgets, CancellationToken cancellationToken = default)
    {
        var unitIds = budgets.Select(b => b.UnitId).Distinct().ToList();
        var candidates = await db.Budgets.AsNoTracking().Where(b => unitIds.Contains(b.UnitId))
            .Select(b => new { b.Id, b.UnitId, b.FiscalYear }).ToListAsync(cancellationToken);
        var result = new Dictionary<int, int>();
        foreach (var budget in budgets)
        {
            var prior = candidates.FirstOrDefault(c => c.UnitId == budget.UnitId && c.FiscalYear == budget.FiscalYear - 1);
            if (prior is not null) result[budget.Id] = prior.Id;
        }
        return result;
    }
}
