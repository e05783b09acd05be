using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data;
using BudgetGraph.Data.Reading;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// How a root connection reads its page in key order (no <c>order</c> argument) under a filter that the name grams do
/// not serve: its matches may lie far down the table, where SQLite would read the rows in key order, testing each, until
/// the page is full (at 50,005 disclosures the 10,001 units of 南岸区 come after 30,000 others; the 50,005 indicators of
/// weight 40 or more after 790,042). One instance per request and field: it remembers the first match's key once read.
/// <list type="bullet">
/// <item>Counted on the rows (<see cref="CountOnRowsAsync"/>): the count's aggregate reads the first match's key too
/// (<see cref="FirstMatch"/>), and the page starts there.</item>
/// <item>Counted on the value or band counts kept at import, at most <see cref="Paging.FewMatches"/> matches: the page is
/// read through the matches' ids (<see cref="ReadThroughIdsAsync"/>).</item>
/// <item>No first key known — more matches than that on the kept counts, or no <c>totalCount</c> asked: the page is
/// looked for among the table's first <see cref="Paging.ProbedKeys"/> keys, and only when they do not hold it is the
/// first match's key read and the page read from there (<see cref="SeekingReader"/>).</item>
/// </list>
/// </summary>
/// <param name="table">The whole table, untracked.</param>
/// <param name="matching">The table's rows the filter keeps, untracked and unsorted.</param>
/// <param name="sorted">The connection's sort applied to a query (the key's order, and its direction).</param>
/// <param name="projection">The selected columns' projection (built once, when first asked for).</param>
internal sealed class KeyOrderPage<T>(BudgetDbContext db, GraphQLField field, bool cacheable, Func<IQueryable<T>> table,
    Func<IQueryable<T>> matching, Func<IQueryable<T>, IQueryable<T>> sorted, Func<Expression<Func<T, T>>> projection)
    where T : class, new()
{
    /// <summary>The count-and-first-key aggregate of each field fixed by its document (<see cref="FirstMatch"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphQLField, FirstMatch.CountCommand> CountCommands = new();

    private int? _firstKey;
    private bool _counted;

    /// <summary>
    /// A field fixed by its document keeps its aggregate's SQL (translating the filter costs more than counting few
    /// rows); any other translates it on each request.
    /// </summary>
    private FirstMatch.CountCommand CountCommand() =>
        cacheable ? CountCommands.GetValue(field, _ => FirstMatch.CountSql(db, matching())) : FirstMatch.CountSql(db, matching());

    /// <summary>The matches' count on the rows, the first match's key read by the same aggregate.</summary>
    public async Task<int> CountOnRowsAsync(CancellationToken cancellationToken)
    {
        _counted = true;
        (var count, _firstKey) = await FirstMatch.CountAsync(db, CountCommand(), cancellationToken);
        return count;
    }

    /// <summary>A count made elsewhere (the kept counts), noted as made: the page then knows how many match.</summary>
    public Func<CancellationToken, Task<int>> Noting(Func<CancellationToken, Task<int>> count) => cancellationToken =>
    {
        _counted = true;
        return count(cancellationToken);
    };

    /// <summary>The page through the matches' ids (<c>Id IN (SELECT Id …)</c>): the database lists them from the filter's
    /// index, then reads just the page's rows by key, in key order.</summary>
    public Task<List<T>> ReadThroughIdsAsync(PageWindow window, CancellationToken cancellationToken)
    {
        IQueryable<T> Page()
        {
            var ids = matching().Select(e => EF.Property<int>(e, "Id"));
            return sorted(table().Where(e => ids.Contains(EF.Property<int>(e, "Id"))))
                .Skip(window.Offset).Take(window.Limit).Select(projection());
        }
        return cacheable
            ? CachedCommands.ToListAsync(db, field, "ids-" + window.Name, null, _ => Page(), cancellationToken)
            : Page().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The page reader: from the first match's key when it is known, else as <paramref name="readSorted"/> reads it
    /// (null: the sorted query's window through EF Core).
    /// </summary>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> Reader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readSorted) => (window, page, cancellationToken) =>
    {
        if (_firstKey is not { } first)
            return readSorted is not null ? readSorted(window, page, cancellationToken) : page().ToListAsync(cancellationToken);
        IQueryable<T> FromFirst(int key) => sorted(FirstMatch.From(matching(), key)).Skip(window.Offset).Take(window.Limit).Select(projection());
        return cacheable
            ? CachedCommands.ToListAsync(db, field, "from-" + window.Name, null, [first], (_, v) => FromFirst((int)v![0]!), cancellationToken)
            : FromFirst(first).ToListAsync(cancellationToken);
    };

    /// <summary>
    /// <see cref="Reader"/>, seeking the first match's key when none is known: the page is looked for among the table's
    /// first keys (matches spread over the table fill it there: the 10,010 projects of 37,037 at 5,005 with an amount of
    /// 100 万元 or more), and only when they do not hold it is the first match's key read and the page from there.
    /// </summary>
    /// <param name="lookup">The filter is a lookup of one field's values (<c>slug: { in: […] }</c>, <c>unit: { slug: { eq:
    /// … } }</c>): without a count it is read as the sorted query reads it, since the field's index finds its few matches
    /// (five units by slug at 5,005: one command, 0.72 ms, where the probe and the count took two, 0.89 ms).</param>
    /// <param name="keptCount">The kept counts' count, when they count the filter: read even when no count was asked,
    /// since it costs a few rows — none past the page's start reads nothing (no indicator's unit of measure contains x:
    /// 16 ms of the probe and the aggregate at 5,005), at most <see cref="Paging.FewMatches"/> are read through their ids.</param>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> SeekingReader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readSorted, bool lookup,
        Func<CancellationToken, Task<int>>? keptCount)
    {
        var fromFirstKey = Reader(readSorted);
        return async (window, page, cancellationToken) =>
        {
            // Counted on the rows, the first key is known (none: no match, and no page is read); counted on the kept
            // counts, at most FewMatches are read through their ids (Paging's readFewMatches).
            if (_firstKey is null && (_counted || !lookup))
            {
                if (!_counted && keptCount is not null)
                {
                    var kept = await keptCount(cancellationToken);
                    if (kept <= window.Offset) return [];
                    if (kept <= Paging.FewMatches) return await ReadThroughIdsAsync(window, cancellationToken);
                }
                var probed = await AmongFirstKeysAsync(window, cancellationToken);
                if (probed.Count >= window.Limit) return probed;
                (var matches, _firstKey) = await FirstMatch.CountAsync(db, CountCommand(), cancellationToken);
                // No more matches than the window's start and the probe's rows: every match up to the window's end lies
                // among the first keys (a small table's), and the probe's rows are the page.
                if (matches <= window.Offset + probed.Count) return probed;
            }
            return await fromFirstKey(window, page, cancellationToken);
        };
    }

    // The page among the table's first Paging.ProbedKeys keys: one range of the primary key, stopping once it is full.
    private Task<List<T>> AmongFirstKeysAsync(PageWindow window, CancellationToken cancellationToken)
    {
        IQueryable<T> Page() => sorted(FirstMatch.AmongFirstKeys(matching(), table(), Paging.ProbedKeys))
            .Skip(window.Offset).Take(window.Limit).Select(projection());
        return cacheable
            ? CachedCommands.ToListAsync(db, field, "probe-" + window.Name, null, _ => Page(), cancellationToken)
            : Page().ToListAsync(cancellationToken);
    }
}
