using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Coverage;

/// <summary>
/// Which parts a budget's disclosure contains, read from what was imported: financial tables (any of the eight
/// financial tables: 收支总表, 收入/支出总表, 表二, 基本支出, 三公, 基金, 国有资本, 采购), narrative statements (the
/// 说明 text with figures), performance tables (整体绩效目标表 or project cards).
/// </summary>
public sealed record DisclosureCoverage(int BudgetId, bool FinancialTables, bool Narrative, bool PerformanceTables)
{
    private static readonly TableKind[] PerformanceKinds = [TableKind.OverallPerformance, TableKind.ProjectPerformance];

    public static async Task<IReadOnlyDictionary<int, DisclosureCoverage>> ForBudgetsAsync(
        BudgetDbContext db, IReadOnlyCollection<int> budgetIds, CancellationToken cancellationToken = default)
    {
        var ids = budgetIds.ToArray();
        var rows = await db.Budgets.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new DisclosureCoverage(b.Id,
                b.Tables.Any(t => t.Kind != TableKind.Other && !PerformanceKinds.Contains(t.Kind)),
                b.NarrativeStatements.Any(),
                b.PerformanceBudget != null || b.OverallGoal != null || b.Projects.Any() || b.OverallIndicators.Any()
                || b.Tables.Any(t => PerformanceKinds.Contains(t.Kind))))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.BudgetId);
    }
}
