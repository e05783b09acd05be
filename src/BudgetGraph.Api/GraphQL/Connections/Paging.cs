using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// Cursor paging in SQL (OFFSET/LIMIT over a filtered, sorted query) with HotChocolate's rules: <c>first</c>/<c>after</c>
/// forward, <c>last</c>/<c>before</c> backward, a default and a maximum page size, <c>totalCount</c> counted only
/// when selected. One extra row is read to know whether a next page exists.
/// </summary>
internal static class Paging
{
    /// <summary>
    /// The fewest rows a page reads (the rows past the page are dropped here). SQLite's planner, without statistics,
    /// switches plans for a LIMIT of 4 or less: <c>indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } },
    /// first: 1)</c> (LIMIT 2) read the 206,103 entries of <c>IX_Indicators_NumericTarget_Name_Categories</c> under 90 and sorted
    /// them by id, 21 ms at 10,005 disclosures, where LIMIT 5 and above read the table in id order and stop after the
    /// page (0.1 ms; measured with SQLite 3.53.3, the version the service runs). Reading at least the default page and one
    /// gives a small page the plan every default page has.
    /// </summary>
    public const int MinimumRowsRead = 21;

    /// <summary>
    /// Up to this many matches (counted first, for <c>totalCount</c>), a page of a caller that can read one through the
    /// matches' ids does so: listing them costs at most this many index entries, where the sorted query may read every
    /// row of the table before it finds them (at 5,005 disclosures: units whose English name contains Sub-district, 5
    /// of 5,005, 10 → 0.8 ms; the 1,001 units whose slug contains nanping, all imported last, 11 → 1.9 ms). Many matches
    /// lie close together in any order, and listing them costs more than finding a page's worth (3,003 budgets of 5,005
    /// with an income of 100 万元 or more: listed 2.8 ms, read in key order 1.1 ms). A filter counted on the rows finds
    /// its first match's key instead, in the count (<see cref="BudgetGraph.Data.Reading.FirstMatch"/>, <c>EntityQueries</c>): this
    /// listing serves the filters counted otherwise (on amount bands, on values) and one field's <c>eq</c>. Above it, such a
    /// filter (not an <c>eq</c>) looks for its page among the table's first keys, then from its first match's key
    /// (<see cref="ProbedKeys"/>).
    /// </summary>
    public const int FewMatches = 1024;

    /// <summary>
    /// The keys from the table's first on among which a page in key order is looked for first when more than
    /// <see cref="FewMatches"/> (and at most <see cref="ManyMatches"/>) matches are counted on the value or amount band
    /// counts under a filter an index answers (at most this many rows read by key, the query stopping once the page is
    /// full).
    /// Matches spread over the table fill a page there (the 10,010 projects of 37,037 with an amount of 100 万元 or more at
    /// 5,005 disclosures). Where they do not (for a default page, fewer than one in fifty of those rows matches), the
    /// matches lie further down or are few, and the page starts at the first match's key, read over the filter's index in the count's
    /// aggregate (<see cref="BudgetGraph.Data.Reading.FirstMatch"/>). Reading a match's key there costs about a ninth of
    /// reading and testing a row in key order (SQLite, 50,005 disclosures: 10,001 keys 0.7 ms; the 20,000 budgets before
    /// them 9 ms), and the rows before the first match are unbounded (the 20,002 projects of 370,037 with an amount of
    /// 500 万元 or more come after 120,000 others: 77 ms).
    /// </summary>
    public const int ProbedKeys = 1024;

    /// <summary>
    /// The keys from the table's first on among which a filter counted on the rows, read without <c>totalCount</c> over a
    /// small table, looks for its page before its count's aggregate reads the first match's key from the column's whole
    /// index (<c>KeyOrderPage.SmallTableReader</c>): fewer than <see cref="ProbedKeys"/>, since that aggregate costs
    /// little at the sizes it is allowed (the 5,005 units' district names: 0.3 ms) and a unit's row fills most of a page
    /// (1,024 of them: 2 ms read). Matches at least one row in six fill a default page there. Also the probe of a filter
    /// through nested objects' keys before its page is read over the keys (<c>KeyOrderPage.ThroughKeysReader</c>).
    /// </summary>
    public const int ProbedKeysBeforeScan = 128;

    /// <summary>
    /// Up to this many matches, a page the first keys do not hold has its first match's key read over the filter's index
    /// (<see cref="ProbedKeys"/>): about 3 ms of index entries on SQLite. More, and the page is read in key order: so many
    /// matches that the first keys hold fewer than a page's worth lie mostly beyond a sparse start, and reading every
    /// match's key could cost far more (2.36 million indicators of weight 10 or more at 50,005 disclosures).
    /// </summary>
    public const int ManyMatches = 65_536;

    /// <param name="count">Counts the rows when <c>totalCount</c> is needed, when counting a cheaper query than
    /// <paramref name="sorted"/> gives the same number (e.g. without the joins the rows' projection needs); by default
    /// <paramref name="sorted"/> is counted.</param>
    /// <param name="readRows">Reads the page's rows (its offset and limit given), e.g. as a cached command
    /// (<see cref="Loading.CachedCommands"/>, named by <see cref="PageWindow.Name"/>) or without the sorted query; by
    /// default EF Core's <c>ToListAsync</c> of the sorted query's window.</param>
    /// <param name="readFewMatches">Reads the page's rows through the matches' ids, used when <c>totalCount</c> counted
    /// at most <see cref="FewMatches"/> rows (e.g. <c>Id IN (SELECT Id …)</c>); null: always <paramref name="readRows"/>.</param>
    public static Task<Connection<T>> PageAsync<T>(IResolveFieldContext context, IQueryable<T> sorted,
        Expression<Func<T, T>> projection, GraphQLOptions options, Func<CancellationToken, Task<int>>? count = null,
        Func<PageWindow, IQueryable<T>, CancellationToken, Task<List<T>>>? readRows = null) where T : class =>
        PageAsync(context, () => sorted, () => projection, options, count,
            readRows is null ? null : (window, page, ct) => readRows(window, page(), ct));

    /// <summary>
    /// As above, the query and the projection built only when needed: a cached command (<paramref name="readRows"/>)
    /// that already holds the page's SQL asks for neither, so nothing of EF Core's LINQ is built for it.
    /// </summary>
    /// <param name="readFromEnd">Reads a window counted from the end of <paramref name="sorted"/> in the reverse order
    /// (<see cref="PageWindow.FromEnd"/>, <see cref="ReversedOrder"/>), returning its rows in that reverse order, as the
    /// page function it is given does; with it, a window nearer the end than the start (<c>last</c>) is read so, from the
    /// end of the index, not past every row before it (<c>indicators(last: 20)</c> at 5,005 disclosures: 16 ms, ten times
    /// that at 50,005). Null: every window is read from the start.</param>
    public static async Task<Connection<T>> PageAsync<T>(IResolveFieldContext context, Func<IQueryable<T>> sorted,
        Func<Expression<Func<T, T>>> projection, GraphQLOptions options, Func<CancellationToken, Task<int>>? count,
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readRows,
        Func<PageWindow, CancellationToken, Task<List<T>>>? readFewMatches = null,
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readFromEnd = null) where T : class
    {
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        var after = context.GetArgument<string?>("after") is { } a ? Cursor.Decode(a, "after") : (int?)null;
        var before = context.GetArgument<string?>("before") is { } b ? Cursor.Decode(b, "before") : (int?)null;
        var ct = context.CancellationToken;

        int? total = SelectionReader.Selects(context, "totalCount") || (last is not null && before is null && first is null)
            ? await (count is null ? sorted().CountAsync(ct) : count(ct))
            : null;
        if (first is null && last is null) first = options.DefaultPageSize;

        // In long: a cursor may name any int, and the position after int.MaxValue (a tampered cursor) must not wrap
        // round to a negative offset. Past the end, as there, the page is empty.
        var start = after is { } afterIndex ? afterIndex + 1L : 0L;
        long? end = before;
        bool? hasNext = before is null ? null : true;
        if (first is { } f && (end is null || start + f < end))
        {
            end = start + f;
            hasNext = null;
        }
        if (last is { } l)
        {
            if (end is null)
            {
                end = total;
                hasNext = false;
            }
            start = Math.Max(start, end!.Value - l);
        }

        // At most `first` or `last` rows (each at most MaxPageSize): an int.
        var take = (int)Math.Max(0, end!.Value - start);
        var limit = Math.Max(take + (hasNext is null ? 1 : 0), MinimumRowsRead);
        List<T> rows;
        if (!SelectsRows(context))
        {
            // Only totalCount (and, on a cross-unit answer, missing) selected: no row is shown and no page info needs
            // them, so none is read (budgets of 2024 above 1,000 万元 at 50,005 disclosures: 1.6 → 0.7 ms).
            rows = [];
        }
        else if (start > int.MaxValue - limit || start >= total)
        {
            // No list has rows that far (and no int offset to read them at), nor past the rows just counted in the
            // same snapshot: nothing to read. A filter nothing matches reads no page (SQLite would read the whole
            // table in the page's order looking for a first match).
            rows = [];
        }
        else if (readFewMatches is not null && total <= FewMatches)
        {
            rows = await readFewMatches(new PageWindow((int)start, limit), ct);
        }
        else if (readFromEnd is not null && total is { } all && Math.Min(start + limit, all) is var readEnd && all - readEnd < start
            && ReversedOrder.Of(sorted()) is { } reversed)
        {
            // Nearer the end than the start: the rows after the window skipped in the reverse order, then turned round.
            var window = new PageWindow((int)(all - readEnd), (int)(readEnd - start), FromEnd: true);
            IQueryable<T> Page() => reversed.Skip(window.Offset).Take(window.Limit).Select(projection());
            rows = await readFromEnd(window, Page, ct);
            rows.Reverse();
        }
        else
        {
            var offset = (int)start;
            IQueryable<T> Page() => sorted().Skip(offset).Take(limit).Select(projection());
            var window = new PageWindow(offset, limit);
            rows = readRows is null ? await Page().ToListAsync(ct) : await readRows(window, Page, ct);
        }
        hasNext ??= rows.Count > take;
        if (rows.Count > take) rows.RemoveRange(take, rows.Count - take);

        var edges = rows.Select((row, i) => new Edge<T> { Cursor = Cursor.Encode((int)start + i), Node = row }).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = hasNext.Value,
            HasPreviousPage = start > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new Connection<T>(edges, pageInfo, total);
    }

    /// <summary>
    /// The page of a list known to be empty (e.g. an explicitly empty <c>unitSlugs: []</c>): no SQL, but the page
    /// arguments are checked as for any list (page sizes, cursors), and the page info is what an empty list gives.
    /// </summary>
    public static Task<Connection<T>> EmptyAsync<T>(IResolveFieldContext context, GraphQLOptions options) where T : class =>
        PageAsync<T>(context, () => throw new InvalidOperationException("An empty list has no query."), () => row => row,
            options, _ => Task.FromResult(0), (_, _, _) => Task.FromResult(new List<T>()));

    // The fields of a page that need none of its rows.
    private static readonly HashSet<string> WithoutRows = new(StringComparer.Ordinal) { "totalCount", "missing", "__typename" };

    /// <summary>Whether the selection shows anything of the rows (<c>nodes</c>, <c>edges</c>, an aggregate's <c>rows</c>)
    /// or page info (which tells from the rows whether more follow): any field but the count and a cross-unit answer's
    /// <c>missing</c>.</summary>
    internal static bool SelectsRows(IResolveFieldContext context) => !SelectionReader.SelectedFields(context).IsSubsetOf(WithoutRows);

    private static int? PageSize(IResolveFieldContext context, string argument, GraphQLOptions options)
    {
        var size = context.GetArgument<int?>(argument);
        if (size < 0)
            throw new QueryArgumentError(ErrorCodes.NegativePageSize, $"`{argument}` must not be negative (it was {size}).");
        if (size > options.MaxPageSize)
            throw new QueryArgumentError(ErrorCodes.MaxPageSizeExceeded,
                $"`{argument}` is {size}, above the maximum page size of {options.MaxPageSize}; page through the results with `after`/`before` cursors.");
        return size;
    }
}
