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
    /// <summary>The groups, in key order.</summary>
    /// <param name="budgets">The budgets in scope; null for every budget (then no budget filter is added, and the
    /// lines are read from a covering index alone).</param>
    public static async Task<IReadOnlyList<AggregateRow>> AggregateAsync(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        CancellationToken cancellationToken = default) =>
        await Query(db, budgets, by, level, table).ToListAsync(cancellationToken);

    /// <summary>The groups as one SQL query, ordered by key (what <see cref="AggregateAsync"/> runs).</summary>
    /// <param name="budgets">As for <see cref="AggregateAsync"/>: null for every budget.</param>
    public static IQueryable<AggregateRow> Query(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure)
    {
        var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == table && l.Level == level);
        if (budgets is not null)
        {
            var budgetIds = budgets.Select(b => b.Id);
            lines = lines.Where(l => budgetIds.Contains(l.BudgetId));
        }
        if (by == AggregateDimension.Subject)
        {
            return lines.GroupBy(l => l.Code)
                .Select(g => new { Key = g.Key, Label = g.Max(l => l.Name) ?? "", Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) })
                .OrderBy(g => g.Key)
                .Select(g => new AggregateRow(g.Key, g.Label, g.Sum, g.Count, g.Min, g.Max));
        }

        if (by == AggregateDimension.District && budgets is null)
        {
            // Every budget: the district totals maintained at import (one row per district, table and level; sums of
            // the level totals below, the same figures).
            return db.ExpenditureDistrictTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level)
                .OrderBy(t => t.DistrictName)
                .Select(t => new AggregateRow(t.DistrictName, t.DistrictName, t.Sum, t.Count, t.Min, t.Max));
        }

        // Per budget first: the level totals maintained at import (one row per budget, table and level: the sum,
        // count, minimum and maximum of its lines), then the budgets' groups — sums of sums and counts, the least of the
        // minima and the greatest of the maxima are the same figures as over the lines themselves.
        var perBudget = db.ExpenditureLevelTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level);
        if (budgets is not null)
        {
            var budgetIds = budgets.Select(b => b.Id);
            perBudget = perBudget.Where(t => budgetIds.Contains(t.BudgetId));
        }
        if (by == AggregateDimension.Year)
        {
            return perBudget.GroupBy(t => t.FiscalYear)
                .Select(g => new { Year = g.Key, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count), Min = g.Min(t => t.Min), Max = g.Max(t => t.Max) })
                .OrderBy(g => g.Year)
                .Select(g => new AggregateRow(g.Year.ToString(), g.Year.ToString(), g.Sum, g.Count, g.Min, g.Max));
        }
        var joined = from t in perBudget
                     join u in db.Units on t.UnitId equals u.Id
                     select new { t.Sum, t.Count, t.Min, t.Max, t.FiscalYear, u.DistrictName, u.Slug, u.ShortName };
        var groups = by switch
        {
            AggregateDimension.District => joined.GroupBy(r => new { Key = r.DistrictName ?? "", Label = r.DistrictName ?? "" })
                .Select(g => new { g.Key.Key, g.Key.Label, Sum = g.Sum(r => r.Sum), Count = g.Sum(r => r.Count), Min = g.Min(r => r.Min), Max = g.Max(r => r.Max) }),
            AggregateDimension.Unit => joined.GroupBy(r => new { Key = r.Slug, Label = r.ShortName })
                .Select(g => new { g.Key.Key, g.Key.Label, Sum = g.Sum(r => r.Sum), Count = g.Sum(r => r.Count), Min = g.Min(r => r.Min), Max = g.Max(r => r.Max) }),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
        };
        return groups.OrderBy(g => g.Key).Select(g => new AggregateRow(g.Key, g.Label, g.Sum, g.Count, g.Min, g.Max));
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
