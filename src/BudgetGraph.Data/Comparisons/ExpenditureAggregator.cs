using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>What expenditure is grouped by, in the spirit of OpenSpending's drilldowns.</summary>
public enum AggregateDimension { Subject, District, Year, Unit }

/// <summary>One group: its key and label, and sum / count / min / max of the lines' totals.</summary>
public sealed record AggregateRow(string Key, string Label, long Sum, int Count, long? Min, long? Max);

/// <summary>The groups of an aggregate and the budgets in its scope that contribute no line, with the reason.</summary>
public sealed record ExpenditureAggregate(IReadOnlyList<AggregateRow> Rows, IReadOnlyList<MissingUnit> Missing);

/// <summary>
/// Sums expenditure lines in SQL over any set of budgets (the caller applies its <c>where</c> filter to the
/// budgets query). Lines are those of one table and, for the subject drilldown, of one level, so nothing is
/// counted twice (a 类 row already contains its 款 and 项 rows).
/// </summary>
public static class ExpenditureAggregator
{
    public static async Task<IReadOnlyList<AggregateRow>> AggregateAsync(
        BudgetDbContext db,
        IQueryable<Budget> budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        CancellationToken cancellationToken = default)
    {
        var budgetIds = budgets.Select(b => b.Id);
        var lines = db.ExpenditureLines.AsNoTracking()
            .Where(l => l.TableKind == table && l.Level == level && budgetIds.Contains(l.BudgetId));

        var groups = by switch
        {
            AggregateDimension.Subject => lines.GroupBy(l => new { Key = l.Code, Label = l.Code })
                .Select(g => new { g.Key.Key, Label = g.Max(l => l.Name) ?? "", Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) }),
            AggregateDimension.District => lines.GroupBy(l => new { Key = l.Budget.Unit.DistrictName ?? "", Label = l.Budget.Unit.DistrictName ?? "" })
                .Select(g => new { g.Key.Key, g.Key.Label, Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) }),
            AggregateDimension.Year => lines.GroupBy(l => new { Key = l.Budget.FiscalYear.ToString(), Label = l.Budget.FiscalYear.ToString() })
                .Select(g => new { g.Key.Key, g.Key.Label, Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) }),
            AggregateDimension.Unit => lines.GroupBy(l => new { Key = l.Budget.Unit.Slug, Label = l.Budget.Unit.ShortName })
                .Select(g => new { g.Key.Key, g.Key.Label, Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) }),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
        };
        var rows = await groups.OrderBy(g => g.Key).ToListAsync(cancellationToken);
        return rows.Select(g => new AggregateRow(g.Key, g.Label, g.Sum, g.Count, g.Min, g.Max)).ToList();
    }

    /// <summary>The budgets of <paramref name="budgets"/> that contribute no line of this table and level, and why.</summary>
    public static async Task<IReadOnlyList<MissingUnit>> MissingAsync(
        BudgetDbContext db,
        IQueryable<Budget> budgets,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        CancellationToken cancellationToken = default)
    {
        var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == table);
        var candidates = await budgets.AsNoTracking()
            .Where(b => !lines.Any(l => l.BudgetId == b.Id && l.Level == level))
            .OrderBy(b => b.Unit.Slug).ThenBy(b => b.FiscalYear)
            .Select(b => new { b.Unit.Slug, b.Unit.ShortName, b.FiscalYear, HasTable = lines.Any(l => l.BudgetId == b.Id) })
            .ToListAsync(cancellationToken);
        return candidates.Select(c => c.HasTable
                ? new MissingUnit(c.Slug, c.ShortName, c.FiscalYear, MissingReason.NoMatchingSubject,
                    $"Its {c.FiscalYear} disclosure's {TableNames.Of(table)} has no line at level {level}.")
                : new MissingUnit(c.Slug, c.ShortName, c.FiscalYear, MissingReason.NoFunctionalTable,
                    $"Its {c.FiscalYear} disclosure has no {TableNames.Of(table)}; see the budget's coverage for what it does contain."))
            .ToList();
    }
}
