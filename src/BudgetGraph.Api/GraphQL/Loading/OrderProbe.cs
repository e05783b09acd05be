using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A page in an order whose matches are read from their few gram rows and sorted (<c>EntityQueries.FewCandidatesAsync</c>:
/// every match read, whatever the page) is first looked for among the order's first rows — the first
/// <see cref="Spread"/> times the rows the page would span were the matches spread evenly over the order, and never more
/// than one in <see cref="EntityQueries.ScatteredRowCost"/> of the candidates, so that a probe that finds too few costs at
/// most that share more than the read it falls back to. The order's first rows are listed from its index (with the
/// filter's own term on the order's field, a range of it: a target under 90 by target), their rows read and tested.
/// Where the matches lie early in the order (a card's name with 经费 beside 2024 by amount descending: the large ones),
/// the page is among them; where they lie late (the indicators with 满意 under a target of 90 weigh 15 points at most),
/// it is not, and the candidates are read. The probe's window is the page's: when it holds the whole window, those are
/// the first matches in the order, as the sorted query gives them (the rows before them in the order are all probed).
/// Not for a window counted from the end, nor an order through a nested object. Also for many matches of equalities
/// read from one range (a year and a core mark; one value of a counted field) in another order, among the order's first
/// rows or — where the year's indexes hold its rows in that order — the year's first rows in it (<c>within</c>).
/// </summary>
public static class OrderProbe
{
    /// <summary>How many times the rows the page would span, were the matches spread evenly over the order, are probed.</summary>
    public const int Spread = 4;

    /// <summary>
    /// The reader that probes the order's first rows and otherwise reads the page with <paramref name="otherwise"/> (null:
    /// the sorted query's page through EF Core); null when no probe fits (an order through a nested object, no candidate).
    /// </summary>
    /// <param name="candidates">The gram rows the matches are among.</param>
    /// <param name="rows">The table's rows (kept at import).</param>
    /// <param name="matching">The filter's rows, as the sorted query reads them (before the gram rows' term).</param>
    /// <param name="within">Terms of the filter whose index holds their rows in the order (a year's: <c>FilterSpec.SortedWithinEach</c>):
    /// the probe lists the first rows of their range in the order, and <paramref name="rows"/> are that range's.</param>
    /// <param name="listedFirst">Whether the listed rows' matches are read by key (<see cref="Page{T}"/>).</param>
    /// <param name="rangeCarriesOrder">Whether the matches' range carries the order's column (<c>FilterSpec.RangesCarry</c>):
    /// read and sorted they cost an index entry each, not a row, about what a probe capped at one in
    /// <see cref="EntityQueries.ScatteredRowCost"/> of them costs — so a probe is tried only when it covers
    /// <see cref="Spread"/> times the page's expected span, where it is likely to fill the page (the indicators of ≤ by
    /// target descending at 5,005 disclosures: 625 listed, 12 expected of the 21 wanted).</param>
    internal static Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? Reader<T>(BudgetDbContext db, GraphQLField field,
        bool cacheable, int candidates, int rows, Func<BudgetDbContext, IQueryable<T>> set, FilterSpec<T> filter, SortSpec<T> sort,
        object? where, object? order, Func<IQueryable<T>> matching, Func<Expression<Func<T, T>>> projection,
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? otherwise, IDictionary<string, object?>? within = null,
        bool listedFirst = false, bool rangeCarriesOrder = false)
        where T : class, new()
    {
        if (candidates <= 0 || OwnTerm<T>(where, order) is not (var own, true)) return null;
        if (within is not null)
            own = new Dictionary<string, object?>([.. own ?? new Dictionary<string, object?>(), .. within], StringComparer.Ordinal);
        var read = otherwise ?? ((_, page, ct) => page().ToListAsync(ct));
        return async (window, page, cancellationToken) =>
        {
            var end = (long)window.Offset + window.Limit;
            var spread = Spread * end * rows / candidates;
            var probed = Math.Min((long)candidates / EntityQueries.ScatteredRowCost, spread);
            if (window.FromEnd || probed < end || rangeCarriesOrder && probed < spread) return await read(window, page, cancellationToken);
            IQueryable<T> Probe() => Page(set(db).AsNoTracking(), matching(), filter, sort, own, order, (int)probed, window.Offset, window.Limit,
                db.Database.IsSqlite(), listedFirst).Select(projection());
            var found = cacheable
                ? await CachedCommands.ToListAsync(db, field, "order-probe-" + window.Name, null, _ => Probe(), cancellationToken)
                : await Probe().ToListAsync(cancellationToken);
            return found.Count >= window.Limit ? found : await read(window, page, cancellationToken);
        };
    }

    /// <summary>
    /// The window (<paramref name="offset"/>, <paramref name="limit"/>) in <paramref name="order"/> of the rows of
    /// <paramref name="matching"/> among the first <paramref name="probed"/> rows of <paramref name="rows"/> in that order
    /// that pass <paramref name="own"/> (the filter's term on the order's field, <see cref="OwnTerm"/>): <c>id IN (SELECT
    /// id … ORDER BY … LIMIT probed)</c>, that list read from the order's index.
    /// </summary>
    /// <param name="listedFirst">Whether the matches among the listed rows are read by key and sorted, not found walking
    /// the order's index again: where that index is a range of the filter's own (a year's indicators by weight), SQLite
    /// walked the whole range a second time, each row tested against the list (2024's core indicators at 5,005 disclosures,
    /// fewer than a page among the 375 listed: 13 ms; by key 0.3).</param>
    public static IQueryable<T> Page<T>(IQueryable<T> rows, IQueryable<T> matching, FilterSpec<T> filter, SortSpec<T> sort,
        IDictionary<string, object?>? own, object? order, int probed, int offset, int limit, bool sqlite, bool listedFirst = false) where T : class
    {
        var first = sort.Apply(filter.Apply(rows, own, sqlite), order).Take(probed).Select(x => EF.Property<int>(x, "Id"));
        return sort.Apply(matching.Where(x => first.Contains(EF.Property<int>(x, "Id"))), order, leadingUnindexed: listedFirst).Skip(offset).Take(limit);
    }

    /// <summary>
    /// The filter's term on the order's first field, which bounds the rows a probe lists (a range of the order's index):
    /// null when it has none; not <c>Probes</c> for an order through a nested object, which no index of the rows holds.
    /// </summary>
    public static (IDictionary<string, object?>? Own, bool Probes) OwnTerm<T>(object? where, object? order)
    {
        if (SortSpec<T>.Leading(order) is not var (path, _) || path.Contains('.')) return (null, false);
        return (FilterSpec<T>.Terms(where) is { } terms && terms.TryGetValue(path, out var term) && term is not null
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { [path] = term }
            : null, true);
    }
}
