using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// How much a budget holds: tables, table rows (summary, functional, economic, income and procurement lines) and
/// project cards. A replacement with fewer of any of them is refused unless the operator allows it (--allow-shrink):
/// a cut or damaged file must not silently replace a complete budget.
/// </summary>
public sealed record BudgetSize(int Tables, int Rows, int Cards)
{
    public static BudgetSize Of(Budget budget) => new(
        budget.Tables.Count,
        budget.SummaryLines.Count + budget.ExpenditureLines.Count + budget.EconomicLines.Count + budget.IncomeLines.Count + budget.ProcurementLines.Count,
        budget.Projects.Count);

    public static async Task<BudgetSize> OfStoredAsync(BudgetDbContext db, int budgetId, CancellationToken cancellationToken) => new(
        await db.DisclosedTables.CountAsync(t => t.BudgetId == budgetId, cancellationToken),
        await db.SummaryLines.CountAsync(l => l.BudgetId == budgetId, cancellationToken)
            + await db.ExpenditureLines.CountAsync(l => l.BudgetId == budgetId, cancellationToken)
            + await db.EconomicLines.CountAsync(l => l.BudgetId == budgetId, cancellationToken)
            + await db.IncomeLines.CountAsync(l => l.BudgetId == budgetId, cancellationToken)
            + await db.ProcurementLines.CountAsync(l => l.BudgetId == budgetId, cancellationToken),
        await db.Projects.CountAsync(p => p.BudgetId == budgetId, cancellationToken));

    /// <summary>True when this has fewer tables, rows or cards than <paramref name="stored"/>.</summary>
    public bool IsSmallerThan(BudgetSize stored) => Tables < stored.Tables || Rows < stored.Rows || Cards < stored.Cards;

    public override string ToString() => $"{Tables} tables, {Rows} rows, {Cards} project cards";
}
