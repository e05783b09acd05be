using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Filtering;
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
/// <item>More matches than that on the kept counts (read even without <c>totalCount</c>), under a filter an index
/// answers: the page is looked for among the table's first <see cref="Paging.ProbedKeys"/> keys — then, beside an
/// <c>eq</c> of a year (or of another column indexed in key order), among a few keys from that value's first — and only
/// when they do not hold it is the first match's key read and the page read from there (<see cref="SeekingReader"/>). Counted on
/// the kept combinations, the same read bounds the first and last matches' keys, and the page starts at the bound
/// (<see cref="NotingSpan"/>; an <c>or</c> of dense matches read past its columns' indexes).</item>
/// <item>Counted on the rows without <c>totalCount</c>, under a filter no index range answers, over a table of at most
/// <see cref="Paging.ManyMatches"/> rows: the count's aggregate reads the first match's key all the same
/// (<see cref="SmallTableReader"/>).</item>
/// <item>Nested objects tested through keys indexed alone (<see cref="ThroughKeysReader"/>): the page is looked for among
/// the keys after the first match's when the count read it, else among the table's first keys (a filter no index range
/// answers), and else read through the nested rows' keys.</item>
/// <item>Otherwise the page is read as the sorted query reads it.</item>
/// <item>A window nearer the end than the start (a last page) is read backwards from the last match's key when the count
/// read it, or through the filter's index after a probe of the last keys (<see cref="FromEndReader"/>).</item>
/// </list>
/// </summary>
/// <param name="table">The whole table, untracked.</param>
/// <param name="matching">The table's rows the filter keeps, untracked and unsorted, as the page reads them (each row's
/// nested objects looked up by key for <see cref="ThroughKeysReader"/>, else through the joins).</param>
/// <param name="counted">The same rows as the count's aggregate reads them: nested objects tested through their keys
/// where the filter declares one (<see cref="Filtering.FilterSpec{T}.Apply"/>'s <c>keysFrom</c>).</param>
/// <param name="sorted">The connection's sort applied to a query (the key's order, and its direction).</param>
/// <param name="projection">The selected columns' projection (built once, when first asked for).</param>
/// <param name="inKeyOrder">For an <c>or</c>, the same rows as <c>matching</c> with its columns read past their indexes
/// (<see cref="IndexHints.Unindexed"/>): what a page of dense matches is read from (<see cref="NotingSpan"/>); null for
/// any other filter.</param>
/// <param name="keysFirst">The filter is one range of an index of its fields together (<see cref="Filtering.FilterSpec{T}.IndexedTogether"/>:
/// a year and a core mark): a page from the first match's key reads the window's keys in that range first — the index
/// alone, covering — then its rows by key. Read with the selected columns at once, SQLite (3.53, no statistics) weighed
/// that index against the mark's own as alike and read the mark's, each row looked up to test the year: 2024's core cards
/// at 5,005 disclosures, after 19,000 core cards of other years in key order, 36 ms for a page; this way 0.2.</param>
internal sealed class KeyOrderPage<T>(BudgetDbContext db, GraphQLField field, bool cacheable, Func<IQueryable<T>> table,
    Func<IQueryable<T>> matching, Func<IQueryable<T>> counted, Func<IQueryable<T>, IQueryable<T>> sorted, Func<Expression<Func<T, T>>> projection,
    Func<IQueryable<T>>? inKeyOrder = null, bool keysFirst = false)
    where T : class, new()
{
    /// <summary>The count-and-first-key aggregate of each field fixed by its document (<see cref="FirstMatch"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphQLField, FirstMatch.CountCommand> CountCommands = new();

    private int? _firstKey;
    private int? _lastKey;
    private int? _rowCount;
    private int? _keptCount;
    // Whether the matches between the bounds NotingSpan read are dense enough to be read in key order (DenseKeys): an
    // `or` past its columns' indexes, and a last page backwards from the last bound, not through an index's keys.
    private bool _dense;

    /// <summary>
    /// How many keys between the first and last matches' bounds may come per match for an <c>or</c>'s page to be read in
    /// key order past its columns' indexes (<c>inKeyOrder</c>): a page of 20 then reads about 1,280 rows at most on
    /// average, where through the indexes SQLite reads every match of each side from the bound on, unites and sorts
    /// them (350,035 indicators of 满意度指标 or core at 50,005 disclosures: 40 ms for a page of 5).
    /// </summary>
    public const int DenseKeys = 64;

    /// <summary>
    /// How many index entries an aggregate over the matches must test for each key a page looks at from a bound instead
    /// (<see cref="SeekingReader"/>): a row read by key costs about what 16–20 entries do (a budget's or a card's row
    /// fills much of a page; at 50,005 disclosures the 30,003 entries of 2024 in <c>IX_Budgets_FiscalYear_Amounts</c>
    /// take about 6 ms, 1,344 budgets read by key after 2024's first about 5), and matches lie together as they were
    /// imported, so the keys are read in vain often enough to ask twice that (at 50,005 the 10,001 budgets of 2024 with
    /// a project expenditure, after 10,000 of 2024 without one: 336 keys read in vain at 16, 0.8 ms more).
    /// </summary>
    public const int AggregateEntriesPerRow = 32;

    /// <summary>
    /// How many keys from the first bound of <paramref name="matches"/> matches spread over <paramref name="span"/> keys
    /// the page is looked for among (<see cref="SeekingReader"/>): four times as many as the window would take were the
    /// matches spread evenly, at least <see cref="Paging.ProbedKeysBeforeScan"/>. Null — the aggregate is read at once —
    /// when that is more than <see cref="NearKeys"/> (fewer than one match in 16 keys), or when the aggregate would
    /// test fewer than <see cref="AggregateEntriesPerRow"/> entries for each of those keys.
    /// </summary>
    internal static long? KeysFromBound(PageWindow window, int matches, long span)
    {
        // (A double: a count of keys to look at, never an amount.)
        var evenly = 4.0 * ((long)window.Offset + window.Limit) * span / Math.Max(matches, 1);
        var keys = Math.Max(Paging.ProbedKeysBeforeScan, (long)Math.Ceiling(evenly));
        return evenly > NearKeys(window) || (long)matches < AggregateEntriesPerRow * keys ? null : keys;
    }

    /// <summary>
    /// A field fixed by its document keeps its aggregate's SQL (translating the filter costs more than counting few
    /// rows); any other translates it on each request.
    /// </summary>
    private FirstMatch.CountCommand CountCommand() =>
        cacheable ? CountCommands.GetValue(field, _ => FirstMatch.CountSql(db, counted())) : FirstMatch.CountSql(db, counted());

    /// <summary>The matches' count on the rows, the first match's key read by the same aggregate.</summary>
    public async Task<int> CountOnRowsAsync(CancellationToken cancellationToken)
    {
        (var count, _firstKey, _lastKey) = await FirstMatch.CountAsync(db, CountCommand(), cancellationToken);
        return (_rowCount = count).Value;
    }

    /// <summary>
    /// The kept combinations' count, noted with the bounds of the first and last matches' keys they give
    /// (<see cref="Filtering.FilterSpec{T}.CountOnValues(BudgetDbContext, object?, Func{IQueryable{T}}?, out Func{CancellationToken, Task{ValueTuple{int, int?, int?}}}?)"/>'s span): the page is then read from the first bound or, backwards,
    /// from the last — at most the first match's key and at least the last's, so no match is skipped, however far from
    /// the table's ends (the 30,003 core indicators of 2024 at 50,005 disclosures come after 1,850,017 others: their
    /// first key read by an aggregate over the core mark's 330,033 entries, 155 ms).
    /// </summary>
    public Func<CancellationToken, Task<int>> NotingSpan(Func<CancellationToken, Task<(int Count, int? FirstKey, int? LastKey)>> span) =>
        async cancellationToken =>
        {
            (var count, _firstKey, _lastKey) = await span(cancellationToken);
            _dense = _firstKey is { } first && _lastKey is { } last && (long)count * DenseKeys >= (long)last - first + 1;
            return (_keptCount = count).Value;
        };

    // The rows a page from a bound reads, and its cached command's name: an `or`'s dense matches in key order past its
    // columns' indexes (inKeyOrder), else `matching`.
    private (Func<IQueryable<T>> Rows, string Name) BoundedRows(string name) =>
        _dense && inKeyOrder is not null ? (inKeyOrder, name + "-keys") : (matching, name);

    /// <summary>The kept counts' count, noted: the page then knows how many match without reading it again.</summary>
    public Func<CancellationToken, Task<int>> Noting(Func<CancellationToken, Task<int>> keptCount) => async cancellationToken =>
        (_keptCount = await keptCount(cancellationToken)).Value;

    /// <summary>The page through the matches' ids (<c>Id IN (SELECT Id …)</c>): the database lists them from the filter's
    /// index, then reads just the page's rows by key, in key order.</summary>
    public Task<List<T>> ReadThroughIdsAsync(PageWindow window, CancellationToken cancellationToken) =>
        ReadWindowAsync("ids", window, () => FirstMatch.ByKeysOf(table(), matching()), cancellationToken);

    /// <summary>
    /// The page reader: from the first match's key when it is known, else as <paramref name="readSorted"/> reads it
    /// (null: the sorted query's window through EF Core).
    /// </summary>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> Reader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readSorted) => (window, page, cancellationToken) =>
    {
        if (_firstKey is not { } first)
            return readSorted is not null ? readSorted(window, page, cancellationToken) : page().ToListAsync(cancellationToken);
        var (rows, name) = BoundedRows("from");
        // Up to the last match's key too, when the count read it (or a bound of it): past it no row matches, and a page
        // short of its window would read the table to its end — one unit's slug containing nanping at 5,005 disclosures,
        // the 5,001 units after it read (8 ms).
        if (_lastKey is { } last)
        {
            // The window between the bounds; with keysFirst, its keys only (the index alone), then their rows by key.
            IQueryable<T> Between(object?[] v) =>
                sorted(FirstMatch.UpTo(FirstMatch.From(rows(), (int)v[0]!), (int)v[1]!)).Skip(window.Offset).Take(window.Limit);
            return keysFirst
                ? ReadBoundAsync(name + "-keys-to-" + window.Name, [first, last],
                    v => sorted(FirstMatch.ByKeysOf(table(), Between(v))).Select(projection()), cancellationToken)
                : ReadBoundAsync(name + "-to-" + window.Name, [first, last], v => Between(v).Select(projection()), cancellationToken);
        }
        return ReadBoundAsync(name + "-" + window.Name, [first],
            v => sorted(FirstMatch.From(rows(), (int)v[0]!)).Skip(window.Offset).Take(window.Limit).Select(projection()), cancellationToken);
    };

    /// <summary>
    /// The reader of a window counted from the end (a last page: <see cref="Paging"/>'s <c>readFromEnd</c>), in the
    /// reverse order: from the last match's key when the count's aggregate read it (<see cref="FirstMatch"/>), else as
    /// <paramref name="readReversed"/> reads it. Read backwards from the table's last row, a filter whose matches lie
    /// mid-table tests every row after them.
    /// <para>Where the matches' keys can be listed from an index for about what the count cost —
    /// <paramref name="overColumnIndex"/>, a filter of one column whose index the count's aggregate read whole, no range
    /// of it answering (a <c>contains</c>); <paramref name="indexedOnKeptCount"/>, an index range counted on the kept
    /// value or band counts (amounts, weights, years, categories compared or listed) with at most
    /// <see cref="Paging.ManyMatches"/> matches — the window is first looked for among the
    /// <see cref="Paging.ProbedKeysBeforeScan"/> keys up to the last match's (or the table's last), and when they do not
    /// hold it its keys are read from that index, every match's key sorted, then its rows by key: after a last match the
    /// rows before it may hold none for long. At 50,005 disclosures the 20,002 project codes holding T0000 are a seed's
    /// last card and 20,001 among the first 20,000 cards: from the last 221 ms, this way 10 (at 5,005, 33 ms from the
    /// last); the last 10,002 budgets state no income: the last 20 of 30,003 with an income of 100 万元 or more 17 ms read
    /// backwards. This pass costs about what the count's did, where reading backwards may cost up to the table — but
    /// over narrow rows (not <paramref name="wideRows"/>, a card's with its texts) and a last key of at most
    /// <see cref="Paging.ManyMatches"/> the rows read backwards cost less than the pass (南岸区's 10,002 units at 50,005,
    /// the last a seed's: 8 ms read backwards, 12 this way), and the page is read backwards from the last match's key.</para>
    /// </summary>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> FromEndReader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> readReversed, bool overColumnIndex, bool indexedOnKeptCount,
        bool wideRows) =>
        async (window, page, cancellationToken) =>
        {
            if (ReversedOrder.Of(sorted(table())) is null) return await readReversed(window, page, cancellationToken);
            IQueryable<T> Reversed(IQueryable<T> rows) => ReversedOrder.Of(sorted(rows))!.Skip(window.Offset).Take(window.Limit).Select(projection());
            var listsFromIndex = overColumnIndex || (indexedOnKeptCount && (_rowCount ?? _keptCount) <= Paging.ManyMatches);
            List<T> probed;
            if (_lastKey is { } last)
            {
                // (Matches dense between the combinations' bounds, NotingSpan: read backwards from the last bound.)
                if (!listsFromIndex || (!wideRows && last <= Paging.ManyMatches) || _dense)
                {
                    var (rows, name) = BoundedRows("to");
                    return await ReadBoundAsync(name + "-" + window.Name, [last], v => Reversed(FirstMatch.UpTo(rows(), (int)v[0]!)), cancellationToken);
                }
                var from = (int)Math.Max(int.MinValue, (long)last - Paging.ProbedKeysBeforeScan + 1);
                probed = await ReadBoundAsync("to-near-" + window.Name, [from, last + 1],
                    v => Reversed(FirstMatch.Between(matching(), (int)v[0]!, (int)v[1]!)), cancellationToken);
            }
            else if (listsFromIndex)
                probed = await ReadPageAsync($"probe-last{Paging.ProbedKeysBeforeScan}-{window.Name}",
                    () => Reversed(FirstMatch.AmongLastKeys(matching(), table(), Paging.ProbedKeysBeforeScan)), cancellationToken);
            else
                return await readReversed(window, page, cancellationToken);
            // Full, or every match from the window's start counted from the end among the probed keys.
            if (HoldsPage(probed, window, _rowCount ?? _keptCount)) return probed;
            return await ReadPageAsync("to-keys-" + window.Name,
                () => ReversedOrder.Of(sorted(FirstMatch.ByKeysOf(table(), WindowKeysFromIndex(window, descending: true))))!.Select(projection()),
                cancellationToken);
        };

    // The window's keys from the filter's index (their key order hidden from SQLite's planner, which would read the table
    // in key order to avoid the sort, testing each row), for its rows to be read by key.
    private IQueryable<T> WindowKeysFromIndex(PageWindow window, bool descending)
    {
        var rows = matching();
        return (descending
                ? rows.OrderByDescending(e => IndexHints.Unindexed(EF.Property<int>(e, "Id")))
                : rows.OrderBy(e => IndexHints.Unindexed(EF.Property<int>(e, "Id"))))
            .Skip(window.Offset).Take(window.Limit);
    }

    // Whether rows read for a window are its page: full, or every match up to the window's end among them (or none past
    // its start), given the matches' count (none known: not).
    private static bool HoldsPage(List<T> rows, PageWindow window, int? matches) =>
        rows.Count >= window.Limit || matches <= window.Offset + rows.Count;

    // A page query whose bounds (keys) are bound on every run (CachedCommands.BoundListAsync).
    private Task<List<T>> ReadBoundAsync(string name, object?[] bounds, Func<object?[], IQueryable<T>> page, CancellationToken cancellationToken) =>
        CachedCommands.BoundListAsync(db, field, cacheable, name, bounds, page, cancellationToken);

    /// <summary>
    /// <see cref="Reader"/> for a filter counted on the kept value or band counts, which reads that count even when no
    /// <c>totalCount</c> was asked (it costs a few rows): none past the page's start reads nothing (no indicator's unit of
    /// measure contains x: 33 ms read in key order at 5,005), at most <see cref="Paging.FewMatches"/> are read through
    /// their ids. More, up to <see cref="Paging.ManyMatches"/>, under a filter an index answers
    /// (<paramref name="indexed"/>: amounts, weights, years, categories compared or listed), and the page is looked for
    /// among the table's first keys (matches spread over the table fill it there: the 10,010 projects of 37,037 at 5,005
    /// with an amount of 100 万元 or more), and only when they do not hold it is the first match's key read over that
    /// index and the page read from there: among the keys after it, and where they do not hold it, the window's keys
    /// listed from that index (<see cref="NearOrThroughIndexAsync"/>) — unless an <c>eq</c> bounds the keys (below).
    /// Counted on the kept combinations, which bound the first match's key (<see cref="NotingSpan"/>), many matches are
    /// read from that bound. Otherwise the page is read as the sorted query
    /// reads it: reading the key of every match of a <c>contains</c> tests every entry of the column's index (2.5 million indicators' units of measure
    /// at 50,005 disclosures: 135 ms, where the key order found the page of 公里 in 36).
    /// <para>Before that aggregate, an <c>eq</c> beside the other terms whose index holds its rows in key order
    /// (<paramref name="equalityBounds"/>: a year's first and last keys, one seek each) bounds every match's key: when
    /// many matches are dense between those bounds, the page is looked for among a few keys from the first bound
    /// (<see cref="KeysFromBound"/> decides both). At 50,005 disclosures the budgets of 2024 with
    /// an expenditure of 100 万元 or more (30,003) come after 10,000 others, the cards of 2024 of 100 万元 or more after
    /// 20,000: the aggregate read every match's entry (6 ms) for a page the keys after the year's first hold. Dense on
    /// average, the matches may still lie together further on (the 10,001 budgets of 2024 with an income stated come
    /// after 10,000 of 2024 without): then those keys were read in vain, and the aggregate is read after all.</para>
    /// </summary>
    /// <param name="equalityBounds">The first and last keys of such an <c>eq</c>'s rows (of several, the tightest), null
    /// when the filter has none.</param>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> SeekingReader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readSorted,
        Func<CancellationToken, Task<int>> keptCount, bool indexed,
        Func<CancellationToken, Task<(int First, int Last)?>>? equalityBounds = null)
    {
        var fromFirstKey = Reader(readSorted);
        return async (window, page, cancellationToken) =>
        {
            // (Few matches are read through their ids even from a first key's bound: they may lie far apart after it.)
            var matches = _keptCount ?? await keptCount(cancellationToken);
            if (matches <= window.Offset) return [];
            if (matches <= Paging.FewMatches) return await ReadThroughIdsAsync(window, cancellationToken);
            if (_firstKey is null && indexed && matches <= Paging.ManyMatches)
            {
                var probed = await AmongFirstKeysAsync(window, Paging.ProbedKeys, cancellationToken);
                // Full, or no more matches than the window's start and the probe's rows: every match up to the
                // window's end lies among the first keys, and the probe's rows are the page.
                if (HoldsPage(probed, window, matches)) return probed;
                if (equalityBounds is not null && matches >= AggregateEntriesPerRow * Paging.ProbedKeysBeforeScan
                    && await equalityBounds(cancellationToken) is var (first, last)
                    && KeysFromBound(window, matches, (long)last - first + 1) is { } keys)
                {
                    // No match before the first bound: the window of the matches from it is the page's.
                    var near = await AmongKeysFromAsync(window, first, cancellationToken, "bounded-", keys);
                    if (HoldsPage(near, window, matches)) return near;
                }
                (_, _firstKey, _lastKey) = await FirstMatch.CountAsync(db, CountCommand(), cancellationToken);
                // The count read the first key over the filter's index, at most ManyMatches entries: the page is looked for
                // after it, and where the matches lie apart its keys are listed from that index again — not every row read
                // from the first match's on (a seed's budget, then SYNTHETIC copies 20,000 budgets on at 50,005: 23 →
                // 5 ms). Not beside an eq whose index holds its rows in key order (a year): read from the first key, that
                // index gives them in key order, each tested, where listing the keys reads and sorts every match's entry
                // (the budgets of 2024 with an expenditure of 100 万元 or more at 50,005: 0.4 ms against 4.6).
                if (_firstKey is { } from && equalityBounds is null)
                    return await NearOrThroughIndexAsync(window, from, matches, cancellationToken);
            }
            return await fromFirstKey(window, page, cancellationToken);
        };
    }

    /// <summary>
    /// <see cref="Reader"/> for a filter counted on the rows that no index range answers (a <c>contains</c> without grams,
    /// an <c>or</c>, a nested object's text), read without <c>totalCount</c> (with it, the count has read the first key):
    /// over a table of more than <see cref="Paging.FewMatches"/> and at most <see cref="Paging.ManyMatches"/> rows (its
    /// highest key), the page is looked for among the table's first <see cref="Paging.ProbedKeysBeforeScan"/> keys, and
    /// when they do not hold it the count's aggregate reads the first match's key and the page is read from there, as
    /// with <c>totalCount</c> — at 5,005 disclosures the 5 units with an English name come after 5,000 others: 9.1 ms read
    /// in key order, where the aggregate reads the name's index. The aggregate tests every entry of the column's index, at
    /// most that many; the rows read in key order before a page may be as many, and cost more each (a unit's row fills
    /// most of a page). Matches spread over the table are found by the probe (every unit's slug contains 合成 at 50,005:
    /// 1.4 ms, 10 ms through the aggregate over the 50,005 slugs). No first key is read over a tiny table (read whole in
    /// less than the aggregate costs) nor over a bigger one: there the aggregate may test millions of entries where the
    /// key order finds a page early (2.5 million indicators' units of measure at 50,005 disclosures: 135 ms, where the key
    /// order found the page of 公里 in 36).
    /// </summary>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> SmallTableReader(
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readSorted)
    {
        var fromFirstKey = Reader(readSorted);
        return async (window, page, cancellationToken) =>
        {
            if (_firstKey is null)
            {
                var highest = await FirstMatch.HighestKeyAsync(table(), cancellationToken);
                if (highest is null) return [];
                if (highest is > Paging.FewMatches and <= Paging.ManyMatches)
                {
                    var probed = await AmongFirstKeysAsync(window, Paging.ProbedKeysBeforeScan, cancellationToken);
                    if (probed.Count >= window.Limit) return probed;
                    int matches;
                    (matches, _firstKey, _lastKey) = await FirstMatch.CountAsync(db, CountCommand(), cancellationToken);
                    // Every match up to the window's end among the probed keys (or none past its start): the probe's rows.
                    if (matches <= window.Offset + probed.Count) return probed;
                }
            }
            // From the first match's key the page is looked for among the keys after it (NearKeys); when they do not hold
            // it the matches lie apart, and its keys are read from the column's index, as the count read it, then its rows
            // by key — not every row from the first match's on: 南岸区's units at 5,005 disclosures are a seed's, then
            // SYNTHETIC copies 3,000 units on (6 ms; at 50,005, 30,000 units read, 91 ms).
            if (_firstKey is { } first && (_rowCount ?? _keptCount) is { } count)
                return await NearOrThroughIndexAsync(window, first, count, cancellationToken);
            return await fromFirstKey(window, page, cancellationToken);
        };
    }

    // The page among the keys after the first match's (NearKeys) — matches lying together fill it there — and otherwise
    // its keys read from the filter's index (as the count read them), then its rows by key.
    private async Task<List<T>> NearOrThroughIndexAsync(PageWindow window, int first, int matches, CancellationToken cancellationToken)
    {
        var near = await AmongKeysFromAsync(window, first, cancellationToken);
        if (HoldsPage(near, window, matches)) return near;
        return await ReadPageAsync("keys-index-" + window.Name,
            () => sorted(FirstMatch.ByKeysOf(table(), WindowKeysFromIndex(window, descending: false))).Select(projection()), cancellationToken);
    }

    /// <summary>
    /// <see cref="Reader"/> for a filter whose nested objects are tested through their keys, each indexed alone
    /// (<see cref="Filtering.FilterSpec{T}.PagesThroughKeys"/>; <c>matching</c> then looks each row's nested row up by its
    /// key, <c>counted</c> lists the nested rows' keys). From the first key (read by the count) the page is looked for
    /// among the next keys (<see cref="NearKeys"/>), each row's nested row looked up by key: a unit's rows lie together,
    /// so a district's or a unit's fill it there. The read is bounded because matches may lie far apart after the first:
    /// the cards of a unit imported first and of one imported last, counted, at 50,005 disclosures — read by key from
    /// the first to the page's end, 600 ms; bounded, then through the keys, 7.9 ms. Otherwise the page is read through
    /// the listed keys: one seek per matching nested row, whatever the table's size and wherever its rows lie — at
    /// 50,005 disclosures the indicators of 南岸区's 10,001 units come after 1,850,000 others: 474 ms read in key order
    /// through the join, 13 ms this way — the window's keys first, then its rows (<see cref="ReadKeysFirstAsync"/>).
    /// <para>Without a count: a nested filter no index range answers (<paramref name="probeFirst"/>: a <c>contains</c>, a
    /// <c>neq</c>) may list every unit, whose seeks cost more than the join read in key order when the matches are
    /// spread over the table (every unit's: 83 ms against 1), so the page is looked for among the table's first
    /// <see cref="Paging.ProbedKeysBeforeScan"/> keys first. A lookup or range of the nested table's values lists its
    /// rows from an index and is not probed (an extra command for each request whose matches come later: a district's
    /// indicators at 5 disclosures 1.7 → 2.5 ms). With other terms beside the nested objects that an index holds after
    /// the key (<paramref name="others"/> <see cref="TermsBesideKeys.IndexedAfterKeys"/>: a year, <c>UnitId, FiscalYear</c>)
    /// the listed keys' page is not read:
    /// SQLite, which keeps no statistics here, reads it from the other term's own index, already in key order, testing
    /// each row's key (the indicators of two units in 2024 at 50,005 disclosures: 235 ms). After the probe, the count's
    /// aggregate reads the first key instead, one range of the key's index per unit (0.01 ms; 南岸区's 330,033 of 2024,
    /// 25 ms against 136). Not for a term no such index holds (a core mark): that aggregate reads the term's own index
    /// whole, where the listed keys' page may stop early (南岸区's core indicators at 50,005: 164 ms, 524 with it).</para>
    /// <para>With such a term (<see cref="TermsBesideKeys.Other"/>), a page not found among the keys after the first is read by
    /// key on from there, not over the listed keys, which SQLite reads from that term's index (南岸区's core indicators
    /// at 5,005, counted: 36 ms on from the first key, 54 over the listed keys).</para>
    /// </summary>
    public Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> ThroughKeysReader(bool probeFirst,
        TermsBesideKeys others)
    {
        var fromFirstKey = Reader(null);
        return async (window, page, cancellationToken) =>
        {
            var seekFirstKey = others == TermsBesideKeys.IndexedAfterKeys;
            if (_firstKey is null && _rowCount is null && (probeFirst || seekFirstKey))
            {
                var probed = await AmongFirstKeysAsync(window, Paging.ProbedKeysBeforeScan, cancellationToken);
                if (probed.Count >= window.Limit) return probed;
                if (seekFirstKey)
                {
                    await CountOnRowsAsync(cancellationToken);
                    // Every match up to the window's end among the probed keys (or none past its start): the probe's rows.
                    if (_rowCount <= window.Offset + probed.Count) return probed;
                }
            }
            if (_firstKey is { } first)
            {
                var near = await AmongKeysFromAsync(window, first, cancellationToken);
                // Full, or every match up to the window's end among those keys (or none past its start): the page.
                if (HoldsPage(near, window, _rowCount)) return near;
                if (others == TermsBesideKeys.Other) return await fromFirstKey(window, page, cancellationToken);
            }
            return await ReadKeysFirstAsync(window, cancellationToken);
        };
    }

    /// <summary>
    /// The page over the listed keys (<c>counted</c>): the window's keys first — read from the indexes alone, sorted, cut
    /// to the window — then just those rows by key. Read whole, SQLite would take every match's row to test a term
    /// beside the keys that the keys' index carries (<c>IX_Indicators_UnitId_FiscalYear_Categories</c>) and to sort the
    /// selected columns: 南岸区's core indicators at 5,005 disclosures 5.0 → 1.8 ms, at 50,005 54 → 24 ms; the same for a
    /// unit filter alone (0.3 ms; 6.5 at 50,005).
    /// </summary>
    private Task<List<T>> ReadKeysFirstAsync(PageWindow window, CancellationToken cancellationToken) =>
        ReadPageAsync("keys-" + window.Name,
            () => sorted(FirstMatch.ByKeysOf(table(), sorted(counted()).Skip(window.Offset).Take(window.Limit))).Select(projection()),
            cancellationToken);

    /// <summary>
    /// How many keys from the first match's the page is looked for among (<see cref="ThroughKeysReader"/>): 64 per row
    /// up to the window's end, at least <see cref="Paging.ProbedKeysBeforeScan"/> — matches one row in 64 or denser fill
    /// it there (南岸区's core indicators at 50,005 disclosures need more than eight per row: with eight, the page was
    /// read again over the listed keys, 208 → 349 ms), and at most that many rows are tested (a page of 20: 1,344 keys,
    /// about 4 ms at 50,005 when the matches lie farther apart).
    /// </summary>
    internal static long NearKeys(PageWindow window) => Math.Max(Paging.ProbedKeysBeforeScan, 64L * (window.Offset + window.Limit));

    // The page among the `NearKeys` keys from `first` on (both bounds bound on every run of the cached command).
    // (A reader other than ThroughKeysReader names its command apart: its `matching` may differ.)
    private Task<List<T>> AmongKeysFromAsync(PageWindow window, int first, CancellationToken cancellationToken, string name = "",
        long? keys = null)
    {
        // No key past the last match's (or the bound of it a count read) matches: the range ends there. A unit's one budget
        // at 5,005 disclosures had the 1,344 budgets after it read and tested to fill a page of 20 (8.2 → 3.0 ms; a unit's
        // cards, 7.2 → 2.8).
        var end = Math.Min((long)first + (keys ?? NearKeys(window)), _lastKey + 1L ?? long.MaxValue);
        return ReadBoundAsync(name + "near-" + window.Name, [first, (int)Math.Min(int.MaxValue, end)],
            v => sorted(FirstMatch.Between(matching(), (int)v[0]!, (int)v[1]!)).Skip(window.Offset).Take(window.Limit).Select(projection()),
            cancellationToken);
    }

    // The page among the table's first `keys` keys: one range of the primary key, stopping once it is full. (The number
    // of keys is in the cached command's name: it is bound into the command when translated.)
    private Task<List<T>> AmongFirstKeysAsync(PageWindow window, int keys, CancellationToken cancellationToken) =>
        ReadWindowAsync($"probe{keys}", window, () => FirstMatch.AmongFirstKeys(matching(), table(), keys), cancellationToken);

    // The window of `rows` in the connection's order, selected columns only: for a field fixed by its document, the
    // command cached under `name` and the window's (translated once); else through EF Core.
    private Task<List<T>> ReadWindowAsync(string name, PageWindow window, Func<IQueryable<T>> rows, CancellationToken cancellationToken) =>
        ReadPageAsync($"{name}-{window.Name}", () => sorted(rows()).Skip(window.Offset).Take(window.Limit).Select(projection()),
            cancellationToken);

    // A page query whose window is in its text: for a field fixed by its document, the command cached under `name`
    // (translated once); else through EF Core.
    private Task<List<T>> ReadPageAsync(string name, Func<IQueryable<T>> page, CancellationToken cancellationToken) =>
        cacheable
            ? CachedCommands.ToListAsync(db, field, name, null, _ => page(), cancellationToken)
            : page().ToListAsync(cancellationToken);
}
