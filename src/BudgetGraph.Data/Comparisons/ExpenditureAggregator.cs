using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Comparisons;

/// <summary>What expenditure is grouped by, in the spirit of OpenSpending's drilldowns.</summary>
public enum AggregateDimension { Subject, District, Year, Unit }

/// <summary>One group: its key and label, and sum / count / min / max of the lines' totals.</summary>
public sealed record AggregateRow(string Key, string Label, long Sum, int Count, long? Min, long? Max);

/// <summary>
/// Sums expenditure lines in SQL over any set of budgets (the caller applies its <c>where</c> filter to the
/// budgets query). Lines are those of one table and, for the subject drilldown, of one level, so nothing is
/// counted twice (a 类 row already contains its 款 and 项 rows).
/// </summary>
public static class ExpenditureAggregator
{
    /// <summary>The groups, in key order (or <paramref name="order"/>), all of them.</summary>
    /// <param name="budgets">The budgets in scope; null for every budget (then no budget filter is added, and the
    /// groups are read from the totals maintained at import or a covering index alone).</param>
    public static async Task<IReadOnlyList<AggregateRow>> AggregateAsync(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        CancellationToken cancellationToken = default,
        IReadOnlyList<AggregateSort>? order = null) =>
        await Query(db, budgets, by, level, table, order).ToListAsync(cancellationToken);

    /// <summary>
    /// The groups as one SQL query, ordered by <paramref name="order"/> and then by key (by key alone when there is
    /// none): composable, so a page (Skip/Take) and a count run in SQL too (what <see cref="AggregateAsync"/> runs).
    /// Over every budget, a page by key or by sum (largest first) of the units reads as many rows of
    /// <c>ExpenditureUnitTotals</c> as it shows, from an index in that order.
    /// </summary>
    /// <param name="budgets">As for <see cref="AggregateAsync"/>: null for every budget.</param>
    public static IQueryable<AggregateRow> Query(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        IReadOnlyList<AggregateSort>? order = null) =>
        Sorted(Groups(db, budgets, by, level, table), by, order)
            .Select(g => new AggregateRow(g.Key, g.Label, g.Sum, g.Count, g.Min, g.Max));

    /// <summary>
    /// How many groups <see cref="Query"/> gives (for <c>totalCount</c>), without ordering them; by unit over every
    /// budget the sum of the districts' unit counts (<see cref="ExpenditureDistrictTotal.Units"/>: a row per district,
    /// where counting the unit totals read one index entry per unit).
    /// </summary>
    public static Task<int> CountAsync(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
        CancellationToken cancellationToken = default) =>
        budgets is null && by == AggregateDimension.Unit
            ? UnitCounts(db, level, table).SumAsync(cancellationToken)
            : Groups(db, budgets, by, level, table).CountAsync(cancellationToken);

    /// <summary>
    /// Per district, how many of its units have lines of <paramref name="table"/> at <paramref name="level"/>
    /// (<see cref="ExpenditureDistrictTotal.Units"/>, one primary key range): their sum is the number of groups of
    /// <c>expenditureAggregate(by: UNIT)</c> over every budget.
    /// </summary>
    public static IQueryable<int> UnitCounts(BudgetDbContext db, SubjectLevel level,
        FunctionalTableKind table = FunctionalTableKind.GeneralPublicBudgetExpenditure) =>
        db.ExpenditureDistrictTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level).Select(t => t.Units);

    /// <summary>
    /// <paramref name="order"/>'s keys in turn, then the key ascending (unique per group: stable pages); years in
    /// numeric order.
    /// </summary>
    private static IOrderedQueryable<AggregateGroup> Sorted(IQueryable<AggregateGroup> groups, AggregateDimension by, IReadOnlyList<AggregateSort>? order)
    {
        IOrderedQueryable<AggregateGroup>? sorted = null;
        IOrderedQueryable<AggregateGroup> ByKey(bool descending) =>
            by == AggregateDimension.Year ? Then(sorted, groups, g => g.Year, descending) : Then(sorted, groups, g => g.Key, descending);
        foreach (var sort in order ?? [])
        {
            sorted = sort.Field switch
            {
                AggregateSortField.Key => ByKey(sort.Descending),
                AggregateSortField.Sum => Then(sorted, groups, g => g.Sum, sort.Descending),
                AggregateSortField.Count => Then(sorted, groups, g => g.Count, sort.Descending),
                _ => throw new ArgumentOutOfRangeException(nameof(order), sort.Field, null),
            };
        }
        return ByKey(descending: false);
    }

    private static IOrderedQueryable<AggregateGroup> Then<TKey>(IOrderedQueryable<AggregateGroup>? sorted,
        IQueryable<AggregateGroup> groups, System.Linq.Expressions.Expression<Func<AggregateGroup, TKey>> key, bool descending) =>
        sorted is null
            ? descending ? groups.OrderByDescending(key) : groups.OrderBy(key)
            : descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key);

    /// <summary>The groups, unordered: from the totals maintained at import where they give the same figures.</summary>
    private static IQueryable<AggregateGroup> Groups(
        BudgetDbContext db,
        IQueryable<Budget>? budgets,
        AggregateDimension by,
        SubjectLevel level,
        FunctionalTableKind table)
    {
        if (budgets is null)
        {
            // Every budget: the totals maintained at import, one row per group (sums of the level totals or of the
            // lines, the same figures as below).
            switch (by)
            {
                case AggregateDimension.Subject:
                    return db.ExpenditureSubjectTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level)
                        .Select(t => new AggregateGroup { Key = t.Code, Label = t.Label, Sum = t.Sum, Count = t.Count, Min = t.Min, Max = t.Max });
                case AggregateDimension.District:
                    return db.ExpenditureDistrictTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level)
                        .Select(t => new AggregateGroup { Key = t.DistrictName, Label = t.DistrictName, Sum = t.Sum, Count = t.Count, Min = t.Min, Max = t.Max });
                case AggregateDimension.Year:
                    return db.ExpenditureYearTotals.AsNoTracking().Where(t => t.TableKind == table && t.Level == level)
                        .Select(t => new AggregateGroup { Key = t.FiscalYear.ToString(), Year = t.FiscalYear, Label = t.FiscalYear.ToString(), Sum = t.Sum, Count = t.Count, Min = t.Min, Max = t.Max });
                case AggregateDimension.Unit:
                    // Key and order from the unit totals' indexes (the slug is on them); the label by the unit's id.
                    return from t in db.ExpenditureUnitTotals.AsNoTracking()
                           where t.TableKind == table && t.Level == level
                           join u in db.Units on t.UnitId equals u.Id
                           select new AggregateGroup { Key = t.Slug, Label = u.ShortName, Sum = t.Sum, Count = t.Count, Min = t.Min, Max = t.Max };
            }
        }

        if (by == AggregateDimension.Subject)
        {
            var lines = db.ExpenditureLines.AsNoTracking().Where(l => l.TableKind == table && l.Level == level);
            var budgetIds = budgets!.Select(b => b.Id);
            lines = lines.Where(l => budgetIds.Contains(l.BudgetId));
            return lines.GroupBy(l => l.Code)
                .Select(g => new AggregateGroup { Key = g.Key, Label = g.Max(l => l.Name) ?? "", Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) });
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
                .Select(g => new AggregateGroup { Key = g.Year.ToString(), Year = g.Year, Label = g.Year.ToString(), Sum = g.Sum, Count = g.Count, Min = g.Min, Max = g.Max });
        }
        var joined = from t in perBudget
                     join u in db.Units on t.UnitId equals u.Id
                     select new { t.Sum, t.Count, t.Min, t.Max, t.FiscalYear, u.DistrictName, u.Slug, u.ShortName };
        return by switch
        {
            AggregateDimension.District => joined.GroupBy(r => new { Key = r.DistrictName ?? "", Label = r.DistrictName ?? "" })
                .Select(g => new AggregateGroup { Key = g.Key.Key, Label = g.Key.Label, Sum = g.Sum(r => r.Sum), Count = g.Sum(r => r.Count), Min = g.Min(r => r.Min), Max = g.Max(r => r.Max) }),
            AggregateDimension.Unit => joined.GroupBy(r => new { Key = r.Slug, Label = r.ShortName })
                .Select(g => new AggregateGroup { Key = g.Key.Key, Label = g.Key.Label, Sum = g.Sum(r => r.Sum), Count = g.Sum(r => r.Count), Min = g.Min(r => r.Min), Max = g.Max(r => r.Max) }),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
        };
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
