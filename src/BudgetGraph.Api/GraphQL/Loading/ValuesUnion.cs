using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A root connection in key order whose filter is one filter per value of a column, each with its rows' count: several
/// districts beside a year or core mark (<see cref="FilterSpec{T}.SplitByCarriedValues"/>, counted on the budgets' kept
/// counts, <see cref="CountOverBudgets"/>), a card's category values that pass a negation beside the card's presence
/// (<see cref="FilterSpec{T}.SplitPresentByValuesAsync"/>, on the value counts), a counted column's values that pass a
/// text match (<see cref="FilterSpec{T}.SplitTextMatchByValuesAsync"/>, on the value counts). The count is the sum of the
/// values'; the page is the window of the first <c>offset + limit</c> keys of each value that has rows, taken together —
/// each its own range of the column's index in key order (<c>UNION</c> of those) — and its rows read by key. A value without
/// rows is not read (its range would be read to its end). A row holds one value, so the count is the filter's (on SQL
/// Server see <see cref="Window"/>), and so is the page. At 50,005 disclosures, 北碚区's and 江北区's core indicators, counted: 97 →
/// 5.4 ms; through the units' keys every unit's core indicators were read.
/// </summary>
public static class ValuesUnion
{
    internal static async Task<object?> PageAsync<T>(IResolveFieldContext context, BudgetDbContext db, Func<BudgetDbContext, IQueryable<T>> set,
        FilterSpec<T> filter, SortSpec<T> sort, object? where, IReadOnlyList<(IDictionary<string, object?> Where, Func<CancellationToken, Task<int>> Count)> parts,
        Func<Expression<Func<T, T>>> projection)
        where T : class, new()
    {
        var sqlite = db.Database.IsSqlite();
        var cancellationToken = context.CancellationToken;
        // Each value with rows, its terms read as the one value's are (EntityQueries.ReadBesideCarriedAsync: in its range
        // unless a term is rare there).
        var total = 0;
        var reads = new List<(IDictionary<string, object?> Where, IReadOnlySet<string>? Unindexed)>();
        foreach (var (part, count) in parts)
        {
            var rows = await count(cancellationToken);
            if (rows == 0) continue;
            total += rows;
            reads.Add((part, await EntityQueries.ReadBesideCarriedAsync(db, filter, part, cancellationToken)));
        }

        IQueryable<T> Matches((IDictionary<string, object?> Where, IReadOnlySet<string>? Unindexed) read) =>
            filter.Apply(set(db).AsNoTracking(), read.Where, sqlite, unindexed: read.Unindexed);

        // A window from the end (Paging's readFromEnd: a last page) in the reverse order, as Paging turns it round.
        Task<List<T>> ReadRowsAsync(PageWindow window, Func<IQueryable<T>> _, CancellationToken ct)
        {
            if (reads.Count == 0) return Task.FromResult(new List<T>());   // no value has rows
            var page = sort.Apply(Window(set(db).AsNoTracking(), [.. reads.Select(Matches)], window.Offset, window.Limit, window.FromEnd), null);
            return (window.FromEnd ? ReversedOrder.Of(page)! : page).Select(projection()).ToListAsync(ct);
        }

        return await Paging.PageAsync(context, () => sort.Apply(filter.Apply(set(db).AsNoTracking(), where, sqlite), null), projection,
            context.Limits(), count: _ => Task.FromResult(total), readRows: ReadRowsAsync, readFromEnd: ReadRowsAsync);
    }

    /// <summary>
    /// A root connection in an order whose filter is an <c>in</c> of several values of a field whose indexes hold each
    /// value's rows in that order (<see cref="FilterSpec{T}.SplitInWithinOrder"/>: the cards of 2024 and 2025 by amount,
    /// <c>IX_Projects_FiscalYear_Amount_Desc</c>): the page is the window of the first <c>offset + limit</c> rows of each
    /// value in that order taken together (<c>UNION</c> of their keys, each read from its value's range of the index, no
    /// further than that), those rows read by key and sorted. As one read, SQLite listed every row of the values from
    /// the field's index and sorted them all (360,036 cards at 50,005 disclosures: 449 ms). The count is
    /// <paramref name="count"/> (null: the rows', counted). A window from the end (a last page) is the same in the
    /// reverse order, each value's range read backwards.
    /// </summary>
    internal static async Task<object?> OrderedPageAsync<T>(IResolveFieldContext context, BudgetDbContext db, Func<BudgetDbContext, IQueryable<T>> set,
        FilterSpec<T> filter, SortSpec<T> sort, object? where, object? order, IReadOnlyList<IDictionary<string, object?>> parts,
        Func<CancellationToken, Task<int>>? count, Func<Expression<Func<T, T>>> projection)
        where T : class, new()
    {
        var sqlite = db.Database.IsSqlite();
        IQueryable<T> Sorted() => sort.Apply(filter.Apply(set(db).AsNoTracking(), where, sqlite), order);

        Task<List<T>> ReadRowsAsync(PageWindow window, Func<IQueryable<T>> page, CancellationToken ct) =>
            OrderedWindow(set(db).AsNoTracking(), [.. parts.Select(part => filter.Apply(set(db).AsNoTracking(), part, sqlite))], sort, order,
                window.Offset, window.Limit, window.FromEnd).Select(projection()).ToListAsync(ct);

        return await Paging.PageAsync(context, Sorted, projection, context.Limits(), count: count, readRows: ReadRowsAsync,
            readFromEnd: ReadRowsAsync);
    }

    /// <summary>
    /// The rows <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> in <paramref name="order"/>
    /// of <paramref name="matches"/> taken together, whose rows are disjoint: the first <c>offset + limit</c> keys of each
    /// in that order (<c>UNION</c>), and their rows by key, sorted and windowed; <paramref name="fromEnd"/>: all in the
    /// reverse order (a window counted from the end, <see cref="PageWindow.FromEnd"/>).
    /// </summary>
    public static IQueryable<T> OrderedWindow<T>(IQueryable<T> rows, IReadOnlyList<IQueryable<T>> matches, SortSpec<T> sort, object? order,
        int offset, int limit, bool fromEnd = false) where T : class
    {
        IQueryable<T> InOrder(IQueryable<T> query) => fromEnd ? ReversedOrder.Of(sort.Apply(query, order))! : sort.Apply(query, order);
        var keys = matches.Select(m => InOrder(m).Take(offset + limit).Select(x => EF.Property<int>(x, "Id")))
            .Aggregate((a, b) => a.Union(b));
        return InOrder(rows.Where(x => keys.Contains(EF.Property<int>(x, "Id")))).Skip(offset).Take(limit);
    }

    /// <summary>
    /// The rows <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of
    /// <paramref name="matches"/> taken together in key order: the first <c>offset + limit</c> keys of each (<c>UNION</c>
    /// of their ranges, each read in key order), that window of them, and its rows by key. The keys are taken once: the
    /// values' rows are disjoint on SQLite, but on SQL Server two values that differ only in case, width or trailing
    /// spaces are equal under the column's collation, and each one's range holds the other's rows too. <paramref name="fromEnd"/>
    /// (a last page, <see cref="PageWindow.FromEnd"/>): the window counted from the end, of each one's last keys, its
    /// range read backwards (not every key before the window: 537 ms for the last 20 of a card category's 2,090,209
    /// indicators at 50,005 disclosures).
    /// </summary>
    public static IQueryable<T> Window<T>(IQueryable<T> rows, IReadOnlyList<IQueryable<T>> matches, int offset, int limit, bool fromEnd = false)
        where T : class
    {
        IQueryable<int> InOrder(IQueryable<int> keys) => fromEnd ? keys.OrderByDescending(id => id) : keys.OrderBy(id => id);
        var page = InOrder(matches.Select(m => InOrder(m.Select(x => EF.Property<int>(x, "Id"))).Take(offset + limit))
            .Aggregate((a, b) => a.Union(b))).Skip(offset).Take(limit);
        return rows.Where(x => page.Contains(EF.Property<int>(x, "Id")));
    }
}
