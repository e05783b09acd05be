using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A page in key order of a filter whose indexed name's <c>contains</c> has too many candidates to pre-select
/// (its rarest gram's ids more than <see cref="NameSearch.MaxCandidates"/>), alone or beside terms read past their
/// indexes (<see cref="Filtering.FilterSpec{T}.KeyOrderGramTerm"/>): read from that gram's rows in key order, each
/// candidate's row looked up by key and tested, until the page is full. Without it SQLite reads the table in key order,
/// testing every row: every name that contains the pattern has the gram, so the candidates up to the page's end are
/// among the rows the table's read tests, never more, and where the matches lie together far down the table (a seed's
/// renamed copies, a province's late units) only they are read. At 50,005 disclosures the 170,017 cards whose department
/// contains 江北城 come after 120,000 others: their page read in key order 81 ms, from the rows of 北城 0.2.
/// <para>The join is ordered by the gram row's key (<c>ORDER BY g.EntityId</c>), not the row's: SQLite does not see
/// that they are equal and would sort every candidate (290 ms). SQL Server reads the clustered key's range the same
/// way, each row sought. The gram is bound per request: the rarest may change as disclosures are imported.</para>
/// </summary>
public static class GramKeyOrderPage
{
    /// <summary>
    /// The reader of such a page (forward, or a window counted from the end read backwards in the reverse order, as
    /// <see cref="Paging"/>'s <c>readFromEnd</c> expects). The gram counts are read with the first page asked (a count
    /// alone reads none); when the pattern's candidates are few enough for the filter's own pre-selection
    /// (<see cref="NameGramFilter"/>), the page is read by <paramref name="otherwise"/>.
    /// </summary>
    /// <param name="matching">The filter's rows, its other terms read past their indexes (so that no other index drives
    /// the join).</param>
    /// <param name="equalityBounds">The first and last keys of the filter's <c>eq</c> terms held in key order by an
    /// index (a year: <c>EntityQueries.EqualityBounds</c>, one seek each; null when it has none): the gram's range is
    /// read between them — at 50,005 disclosures the cards of 2024 come after 290,000 others, most with 人民政府 in
    /// their department.</param>
    /// <param name="matchKey">The first key of the filter's matches — the last for a window counted from the end — as the
    /// values a kept count lists bound it (<see cref="Filtering.FilterSpec{T}.KeysOfPassingValues"/>: a department's
    /// match beside a year), null when the filter has no such values; read only when the gram's first
    /// <see cref="Paging.ProbedKeys"/> rows in the window's direction hold no row of the page.</param>
    /// <param name="onGrams">Conditions on the number the gram rows carry that every match passes (a card name's year:
    /// <see cref="Filtering.FilterSpec{T}.NameBesideCarried"/>), null for none: only the gram rows passing them are read
    /// (for an <c>eq</c>, one range of <c>IX_NameGrams_Kind_Gram_Value</c> in key order), from the gram of the pattern
    /// fewest rows passing them carry (<paramref name="passingGram"/>: <see cref="NameSearch.RarestPassingGramAsync"/>).</param>
    internal static Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> Reader<T>(BudgetDbContext db,
        GraphQLField field, bool cacheable, NameGramKind kind, string pattern, Expression<Func<T, int>> id, Func<IQueryable<T>> matching,
        Func<Expression<Func<T, T>>> projection, Func<CancellationToken, Task<(int First, int Last)?>>? equalityBounds,
        Func<bool, CancellationToken, Task<int?>>? matchKey,
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> otherwise,
        Expression<Func<NameGram, bool>>? onGrams = null, Func<CancellationToken, Task<(string Gram, int Rows)>>? passingGram = null)
        where T : class, new()
    {
        Task<(string Gram, int Ids)?>? rarest = null;
        return async (window, page, cancellationToken) =>
        {
            if (await (rarest ??= NameSearch.RarestGramAsync(db.NameGramCounts.AsNoTracking(), kind, pattern, cancellationToken))
                is not { Ids: > NameSearch.MaxCandidates } many)
                return await otherwise(window, page, cancellationToken);
            if (passingGram is not null) many = ((await passingGram(cancellationToken)).Gram, many.Ids);
            var (from, to) = (int.MinValue, int.MaxValue);
            if (equalityBounds is not null)
            {
                // No row of one such term: nothing matches.
                if (await equalityBounds(cancellationToken) is not var (first, last)) return [];
                (from, to) = (first, last);
            }
            Task<List<T>> Read(string name, int from, int to, int? probe) =>
                CachedCommands.BoundListAsync(db, field, cacheable, name + window.Name, [many.Gram, from, to],
                    v => Page(db, kind, (string)v[0]!, id, matching(), window.Offset, window.Limit, window.FromEnd, (int)v[1]!, (int)v[2]!, probe,
                        onGrams).Select(projection()),
                    cancellationToken);
            if (matchKey is not null)
            {
                // Matches near the range's start (end) make the page at once. None there, and they may lie far on, past
                // other rows of the gram (人民政府 beside 2024 at 50,005 disclosures: 150,000 rows of the other years
                // first, 141 ms read): the first (last) match's key is read from the values' rows, and the page from
                // it. Some there, and the first match is among them already: that key would bound nothing (and costs a
                // lookup per passing value), so the page is read on from the range's start.
                var probed = await Read("gram-probe-", from, to, Paging.ProbedKeys);
                if (probed.Count >= window.Limit) return probed;
                if (probed.Count == 0)
                {
                    if (await matchKey(window.FromEnd, cancellationToken) is not { } key) return [];
                    if (window.FromEnd) to = Math.Min(to, key);
                    else from = Math.Max(from, key);
                }
            }
            return await Read("gram-keys-", from, to, null);
        };
    }

    /// <summary>
    /// The window (<paramref name="offset"/>, <paramref name="limit"/>) of <paramref name="matching"/>'s rows among
    /// those of <paramref name="gram"/>'s names whose keys lie from <paramref name="from"/> to <paramref name="to"/>, in
    /// key order — in the reverse order for a window counted from the end (<paramref name="fromEnd"/>); with
    /// <paramref name="probe"/>, among the first that many of those gram rows only (the last, from the end); with
    /// <paramref name="onGrams"/>, among the gram rows passing those conditions on their number only.
    /// </summary>
    public static IQueryable<T> Page<T>(BudgetDbContext db, NameGramKind kind, string gram, Expression<Func<T, int>> id,
        IQueryable<T> matching, int offset, int limit, bool fromEnd = false, int from = int.MinValue, int to = int.MaxValue,
        int? probe = null, Expression<Func<NameGram, bool>>? onGrams = null) where T : class
    {
        var grams = db.NameGrams.AsNoTracking().Where(g => g.Kind == kind && g.Gram == gram && g.EntityId >= from && g.EntityId <= to);
        if (onGrams is not null) grams = grams.Where(onGrams);
        if (probe is { } rows) grams = (fromEnd ? grams.OrderByDescending(g => g.EntityId) : grams.OrderBy(g => g.EntityId)).Take(rows);
        var joined = grams.Join(matching, g => g.EntityId, id, (g, row) => new KeyedRow<T> { Key = g.EntityId, Row = row });
        var ordered = fromEnd ? joined.OrderByDescending(r => r.Key) : joined.OrderBy(r => r.Key);
        return ordered.Skip(offset).Take(limit).Select(r => r.Row);
    }

    /// <summary>A row with its gram row's key, which orders the join.</summary>
    private sealed class KeyedRow<T>
    {
        public int Key { get; init; }
        public T Row { get; init; } = default!;
    }
}
