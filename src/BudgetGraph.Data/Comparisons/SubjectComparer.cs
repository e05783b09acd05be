using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>Compares a budget's functional subjects with the same unit's disclosure of the previous year.</summary>
public static class SubjectComparer
{
    public static async Task<SubjectComparison> CompareAsync(
        BudgetDbContext db, int budgetId, FunctionalTableKind table, CancellationToken cancellationToken = default)
    {
        var budget = await db.Budgets.AsNoTracking().FirstAsync(b => b.Id == budgetId, cancellationToken);
        var priorIds = await PriorBudgets.IdsAsync(db, [budget], cancellationToken);
        if (!priorIds.TryGetValue(budgetId, out var priorId)) return new SubjectComparison(budgetId, null, ComparisonSource.None, []);

        var lines = await db.ExpenditureLines.AsNoTracking()
            .Where(l => (l.BudgetId == budgetId || l.BudgetId == priorId) && l.TableKind == table)
            .Select(l => new { l.BudgetId, l.Code, l.Name, l.Level, l.Total })
            .ToListAsync(cancellationToken);
        var current = lines.Where(l => l.BudgetId == budgetId).GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First());
        var previous = lines.Where(l => l.BudgetId == priorId).GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First());

        var rows = current.Keys.Union(previous.Keys).Order(StringComparer.Ordinal).Select(code =>
        {
            var now = current.GetValueOrDefault(code);
            var then = previous.GetValueOrDefault(code);
            var status = now is null ? SubjectChangeStatus.Dropped
                : then is null ? SubjectChangeStatus.New
                : SubjectChangeStatus.Continued;
            long? nowTotal = now is null ? null : now.Total ?? 0;
            long? thenTotal = then is null ? null : then.Total ?? 0;
            long? change = (nowTotal ?? 0) - (thenTotal ?? 0);
            return new SubjectChange(code, (now ?? then)!.Name, (now ?? then)!.Level, nowTotal, thenTotal, change,
                Percent.Of(change, thenTotal), status);
        }).ToList();
        return new SubjectComparison(budgetId, priorId, ComparisonSource.Disclosure, rows);
    }
}
