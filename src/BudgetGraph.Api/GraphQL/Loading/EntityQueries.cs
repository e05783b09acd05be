using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Reading;
using BudgetGraph.Data.Search;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The few query shapes every field uses, each running filter, sort, paging and projection in SQL:
/// a root connection, a root list, children of many parents in one batch, and entities by key in one batch.
/// </summary>
internal static class EntityQueries
{
    private static readonly System.Reflection.MethodInfo IntContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    private static readonly System.Reflection.MethodInfo TakeMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Take) && m.GetParameters()[1].ParameterType == typeof(int));

    private static readonly System.Reflection.MethodInfo ConstantMethod =
        typeof(EF).GetMethod(nameof(EF.Constant))!.MakeGenericMethod(typeof(int));

    /// <summary>
    /// A root connection: where → order → offset/limit → select the selected columns. A cacheable field that already
    /// ran (<see cref="CachedCommands.HasRun"/>) builds the LINQ query and the projection only if its page command is
    /// not cached yet; any other field builds both first, as always (so argument errors come in the same order).
    /// </summary>
    /// <param name="keys">The columns every row reads (its id), whatever is selected.</param>
    /// <param name="countedTable">The table <paramref name="set"/> is, whole, when the importer keeps its row count
    /// (<see cref="RowCounts"/>): the <c>totalCount</c> of no filter reads that one row instead of counting every entry.</param>
    /// <param name="countOnBudgets">How to count the rows of a filter from the budgets' kept counts of their rows
    /// (<see cref="CountOverBudgets"/>), null when it cannot.</param>
    /// <param name="scatteredRowCost">What a row read from a term's own index costs against one of the rows a nested
    /// unit's key lists (<see cref="ScatteredRowCost"/>, <see cref="ScatteredWideRowCost"/>).</param>
    public static async Task<object?> ConnectionAsync<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, FilterSpec<T> filter, SortSpec<T> sort, string[] keys, string? countedTable = null,
        Func<BudgetDbContext, object?, Func<CancellationToken, Task<int>>?>? countOnBudgets = null, int scatteredRowCost = ScatteredRowCost)
        where T : class, new()
    {
        var field = context.FieldAst;
        var cacheable = CachedCommands.IsCacheable(context);
        // Lazy only once the field (fixed by its document) has built and run: its arguments are known to build.
        var lazy = cacheable && CachedCommands.HasRun(field);
        Expression<Func<T, T>> Projection() => Projection<T>.For(context.FieldDefinition.ResolvedType!.ConnectionNodeType(),
            SelectionReader.SelectedNodeFields(context), keys);
        var projection = lazy ? null : Projection();
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var order = context.RawArgument("order");
        // The order's first key and direction (null: the key's order), which most of the plans below turn on.
        var leading = SortSpec<T>.Leading(order);
        // A text match of a carried field is the counted values it keeps (FilterSpec.MatchOnCountedValuesAsync), and a
        // nested object's terms the row carries itself are read as its own (FilterSpec.Lift): the same rows. Replaced
        // values are the database's: the field's commands are built for this request alone, never kept for the document.
        var asked = context.RawArgument("where");
        var where = await filter.MatchOnCountedValuesAsync(db, asked, context.CancellationToken);
        // A referenced row's term that every such row passes (the current loader revision, after a load) tests nothing.
        where = await filter.WithoutTermsEveryReferencedRowPassesAsync(db, where, LeadsAnIndex(db), context.CancellationToken);
        if (!ReferenceEquals(where, asked))
        {
            (cacheable, lazy) = (false, false);
            projection ??= Projection();
        }
        where = filter.Lift(where);
        // The filter's terms as settled above (null: none), which most of the plans below read.
        var terms = FilterSpec<T>.Terms(where);
        // Terms beside a lifted field that its index carries are tested there (read through IndexHints.Unindexed), not
        // looked up in their own index, unless one of them is rare: the same rows.
        var onCarriedIndex = await ReadBesideCarriedAsync(db, filter, where, context.CancellationToken) ?? filter.UnindexedBesidePresence(where);
        // A filter the gram index alone answers is counted on it (a gram's count, or one index range), not on the rows;
        // over a table whose rows the importer counts, a filter of one column whose values the importer counts sums those
        // counts, and a filter of a banded amount its bands' counts (onKeptCounts); no filter there reads the table's row
        // count (below); any other count is the rows' (null: Paging counts the sorted query).
        Func<CancellationToken, Task<int>>? onKeptCounts = null;
        // On the kept combinations, the read that also bounds the first and last matches' keys (KeyOrderPage.NotingSpan).
        Func<CancellationToken, Task<(int Count, int? FirstKey, int? LastKey)>>? onFacets = null;
        // A name's contains of several grams beside conditions on the number its gram rows carry (a card's name beside its
        // year): the gram fewest rows passing them carry, read once for the count and the page.
        var beside = filter.NameBesideCarried(where);
        Task<(string Gram, int Rows)>? passing = null;
        Func<CancellationToken, Task<(string Gram, int Rows)>>? passingGram = beside is not { } found ? null
            : ct => passing ??= NameSearch.RarestPassingGramAsync(db.NameGramValueCounts.AsNoTracking(), found.Kind, found.Pattern, found.OnCounts, ct);
        var countsRowsOfTable = countedTable is not null && terms is null;
        var keptCount = countsRowsOfTable ? null
            : filter.GramCount(db, where)
              ?? filter.CountBesideCarried(db, () => set(db).AsNoTracking(), where, passingGram)
              ?? countOnBudgets?.Invoke(db, where)
              ?? (onKeptCounts = (countedTable is null ? null : filter.CountOnValues(db, where, () => set(db).AsNoTracking(), out onFacets))
                  ?? filter.CountOnBands(db, () => set(db).AsNoTracking(), where));
        // Several columns of the row's own: all but the rarest read past their indexes (ReadFromRarestAsync) — not for a
        // count alone that the kept counts answer (Paging.SelectsRows): no row is read then, and each term's count was
        // read for nothing (a department containing 预算 beside 2024 at 50,005 disclosures: its 40,000 kept values
        // tested, 5 ms).
        var fromRarest = onCarriedIndex is null && (keptCount is null || Paging.SelectsRows(context))
            && (onCarriedIndex = await ReadFromRarestAsync(db, () => set(db).AsNoTracking(), filter, where, leading,
                context.CancellationToken)) is not null;
        // A carried field's negation or list beside its object's presence (a card's category other than one), or a text
        // match of a counted column alone (a qualitative target containing 提升), in key order: one read per kept value
        // that passes, each value's range of the field's index.
        if (leading is null && countedTable is not null
            && (await filter.SplitPresentByValuesAsync(db, where, () => set(db).AsNoTracking(), context.CancellationToken)
                ?? await filter.SplitTextMatchByValuesAsync(db, where, context.CancellationToken)) is { } passingValues)
            return await ValuesUnion.PageAsync(context, db, set, filter, sort, where, passingValues, () => projection ??= Projection());
        // Several values of a carried field beside terms its index carries, in key order: one read per value, where each
        // value's rows are counted on the budgets' kept counts (a district's indicators of a year, its core ones) or, over
        // a table without them, on its kept combinations (a district's cards of a year: FacetCounts.Projects). Not an
        // operator or a level, though counted in each district (CountOnValues): a district with a few late matches of one
        // would be read to its range's end, where the units' keys read only the matching units' rows (two districts'
        // indicators of ≤ at 50,005 disclosures: 14 ms).
        if (leading is null && filter.SplitByCarriedValues(where) is { } parts
            && parts.Select(part => countOnBudgets is not null ? countOnBudgets(db, part) : filter.CountOnCombinations(db, part)).ToList() is var counts
            && counts.All(count => count is not null))
            return await ValuesUnion.PageAsync(context, db, set, filter, sort, where, [.. parts.Zip(counts, (part, count) => (part, count!))],
                () => projection ??= Projection());
        // Several values of a field whose indexes hold each value's rows in the order asked (the cards of 2024 and 2025
        // by amount): each value's first rows there, taken together.
        if (leading is var (orderedBy, _) && filter.SplitInWithinOrder(where, orderedBy) is { } perValue)
            return await ValuesUnion.OrderedPageAsync(context, db, set, filter, sort, where, order, perValue, keptCount,
                () => projection ??= Projection());
        // In an order whose index holds every term's column, dense matches are found walking that index (the count read
        // to judge it is the one totalCount shows).
        var walkedOrder = false;
        if (onCarriedIndex is null && countedTable is not null && keptCount is not null && Paging.SelectsRows(context))
        {
            var (walked, matches) = await WalkOrderIndexAsync(db, filter, where, leading, keptCount, countedTable,
                Math.Max(context.GetArgument<int?>("first") ?? context.GetArgument<int?>("last") ?? context.Limits().DefaultPageSize, Paging.MinimumRowsRead),
                context.CancellationToken);
            onCarriedIndex = walked;
            walkedOrder = walked is not null;
            if (matches is { } counted) keptCount = _ => Task.FromResult(counted);
        }
        // In another order not walked so, the gram rows of a name's contains, when few beside the table's rows:
        // the matches are read from them and sorted (FewCandidatesAsync).
        // (Not in an order the gram rows hold: their window is the page, below.)
        var gramPage = filter.GramOrderPage(() => set(db).AsNoTracking(), db, where, leading?.Path, leading?.Descending ?? false);
        var fewGramRows = walkedOrder || gramPage is not null || countedTable is null || !Paging.SelectsRows(context) ? null
            : await FewCandidatesAsync(db, filter, set, where, leading, countedTable, passingGram,
                rarerTerm: scatteredRowCost != ScatteredWideRowCost, context.CancellationToken);
        // Equalities of fields one index leads with together (a year and a core mark), in another order: their count and
        // the rows they are spread over, for the page to be looked for among the order's first rows (OrderProbe, below),
        // the count kept for totalCount — the table's rows, or, where one field's indexes hold its rows in the order (a
        // year's indicators by weight: SortedWithinEach), that field's range of them. Otherwise their range is read and
        // sorted (ReadFromRarestAsync leaves them to SQLite, the order read past its index where one field's holds it:
        // SQLite would walk that one, each row looked up to test the other field, however few its matches — 2024's 3,003
        // core indicators among its 120,120 at 5,005 disclosures, by target descending: 33 ms walked, 4 read and sorted).
        // Not when they are more than half of that field's range: its walk then reads at most twice the rows the range
        // read and sorted would, and stops at the page (2024's 15,015 cards without a core indicator among its 18,018 by
        // amount descending: the 20th after 2,002 others, 4 ms walked, 23 read and sorted).
        // So is one value of a counted field alone in an order of a column whose index holds its rows in key order (the
        // indicators of ≥ by position: SQLite read the operator's rows at 5,005 disclosures and sorted them, 56 ms), not
        // walked (WalkOrderIndexAsync), the matches listed read by key. Where their range carries the order's column
        // (FilterSpec.RangesCarry), a probe that cannot cover the page's expected span is not tried (OrderProbe.Reader).
        (int Matches, int Rows, IDictionary<string, object?>? Within, bool RangeCarriesOrder)? probedInOrder = null;
        var orderPath = leading?.Path;
        var orderColumn = orderPath is null ? null : sort.ColumnOf(orderPath);
        var oneValueInOrder = orderPath is not null && terms is not null && IsOneEquality(terms)
            && !terms.ContainsKey(orderPath) && !filter.SortsWithinAny(terms.Keys, orderPath)
            && orderColumn is not null && InKeyOrderAfter(db)(typeof(T), orderColumn);
        if (leading is not null && fewGramRows is null && !walkedOrder && keptCount is not null && countedTable is not null
            && Paging.SelectsRows(context) && terms is not null
            && (filter.IsOneRangeOfFieldsTogether(terms) || oneValueInOrder))
        {
            var sortedWithin = terms.Keys.FirstOrDefault(f => filter.SortsWithinAny([f], leading.Value.Path));
            IDictionary<string, object?>? within = sortedWithin is null ? null
                : new Dictionary<string, object?>(StringComparer.Ordinal) { [sortedWithin] = terms[sortedWithin] };
            var spreadOver = within is null ? await RowCounts.ReadAsync(db, countedTable, context.CancellationToken)
                : filter.CountOnValues(db, within) is { } countWithin ? await countWithin(context.CancellationToken) : null;
            if (spreadOver is { } rowsSpreadOver)
            {
                var matches = await keptCount(context.CancellationToken);
                keptCount = _ => Task.FromResult(matches);
                if (within is null || 2L * matches <= rowsSpreadOver)
                    probedInOrder = (matches, rowsSpreadOver, within, orderColumn is not null && filter.RangeCarries(terms.Keys, orderColumn));
            }
        }
        // The provider is asked only when the query is built (IsSqlite resolves a service and an assembly name).
        IQueryable<T> Filtered() => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), orderedBy: SortSpec<T>.LeadingKey(order),
            unindexed: onCarriedIndex);
        IQueryable<T> Sorted() => sort.Apply(fewGramRows is { } few ? Filtered().Where(few.Among) : Filtered(), order,
            leadingUnindexed: probedInOrder is { Within: not null });
        var query = lazy ? null : Sorted();
        // No filter, over a table whose rows the importer counts: that count (or the rows', where it keeps none).
        var count = countsRowsOfTable
            ? async ct => await RowCounts.ReadAsync(db, countedTable!, ct) ?? await (query ??= Sorted()).CountAsync(ct)
            : keptCount;
        // In another order, several terms were not weighed for the page (its order's index may hold it: the cards of 2024
        // by amount walk IX_Projects_FiscalYear_Amount), but the count reads every match whatever the order: it is
        // weighed as in key order, when asked for. A card's name starting with 南坪 beside 2024, by amount, at 50,005
        // disclosures: counted through the year's index, each of its 180,018 cards read to test the name (259 ms in
        // all); in the prefix's range of the name's index, the year tested there (35).
        if (count is null && leading is not null && onCarriedIndex is null && terms is { Count: >= 2 })
            count = async ct => await ReadFromRarestAsync(db, () => set(db).AsNoTracking(), filter, where, leading: null, ct) is { } countUnindexed
                ? await filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), unindexed: countUnindexed).CountAsync(ct)
                : await (query ??= Sorted()).CountAsync(ct);
        // In an order the gram rows hold (the key's, or units' slug) a gram-answered filter's page ids are a window of them.
        if (gramPage is not null)
        {
            // A window counted from the end (a last page) is the gram rows' window in the reverse order (built only for
            // such a window), its rows sorted in that reverse order (Paging turns them round).
            IQueryable<T> ReversedGramPage(PageWindow window) => filter.GramOrderPage(() => set(db).AsNoTracking(), db, where, leading?.Path,
                !(leading?.Descending ?? false))!(window.Offset, window.Limit);
            IQueryable<T> GramWindow(PageWindow window) => window.FromEnd
                ? ReversedOrder.Of(sort.Apply(ReversedGramPage(window), order))!.Select(projection ??= Projection())
                : sort.Apply(gramPage(window.Offset, window.Limit), order).Select(projection ??= Projection());
            Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>> readGramWindow = cacheable
                ? (window, _, ct) => CachedCommands.ToListAsync(db, field, "gram-" + window.Name, null, _ => GramWindow(window), ct)
                : (window, _, ct) => GramWindow(window).ToListAsync(ct);
            return await Paging.PageAsync(context, () => query ??= Sorted(), () => projection ??= Projection(), context.Limits(),
                count: count, readRows: readGramWindow, readFromEnd: readGramWindow);
        }
        // The page as the sorted query reads it: a cached command for a field fixed by its document (null: Paging runs
        // the query through EF Core).
        Func<PageWindow, Func<IQueryable<T>>, CancellationToken, Task<List<T>>>? readRows = cacheable
            ? (window, page, ct) => CachedCommands.ToListAsync(db, field, window.Name, null, _ => page(), ct)
            : null;
        Func<PageWindow, CancellationToken, Task<List<T>>>? readFewMatches = null;
        // Matches read from their few gram rows are first looked for among the order's first rows (OrderProbe).
        if (fewGramRows is { } fewRows && OrderProbe.Reader(db, field, cacheable, fewRows.Candidates, fewRows.Rows, set, filter, sort, where, order,
                Filtered, () => projection ??= Projection(), readRows) is { } probing)
            readRows = probing;
        // So are those of a year and a core mark in another order: dense ones fill the page there (2025's other
        // indicators by weight at 50,005 disclosures, 810,081 of 2,520,252), where their range read and sorted costs
        // every match (357 ms before the range, 237 with it) — among the first of the year's range in the order where its
        // index holds that order.
        else if (probedInOrder is var (together, spreadOver, within, rangeCarriesOrder) && OrderProbe.Reader(db, field, cacheable, together,
                     spreadOver, set, filter, sort, where, order, Filtered, () => projection ??= Projection(), readRows, within,
                     listedFirst: within is not null || oneValueInOrder, rangeCarriesOrder: rangeCarriesOrder)
                 is { } probingInOrder)
            readRows = probingInOrder;
        // A last page is read from the end, the sorted query's page reversed — in key order from the last match's key when
        // the count read it (KeyOrderPage.FromEndReader) — but not through nested objects' keys.
        var readReversed = readRows ?? ((_, page, ct) => page().ToListAsync(ct));
        var readFromEnd = readReversed;
        // In key order (no order argument), a filter that the name grams do not serve may match rows far down the table
        // (KeyOrderPage).
        if (leading is null && terms is not null && !filter.ReadsNameGrams(where))
        {
            // Nested objects tested through keys indexed alone: the page reads through them too (ThroughKeysReader).
            var throughKeys = filter.PagesThroughKeys(where, IndexedAlone(db));
            var others = throughKeys ? filter.TermsBesideKeysOf(where, IndexedAfter(db)) : TermsBesideKeys.None;
            // Another term whose value matches more rows than the nested objects' keys list is not read from its own
            // index (UnindexedTermsAsync); when none is left that SQLite could read instead of the keys, the page is
            // read as beside no other term (over the listed keys past the near ones, not on by key).
            // Not when only a kept count is asked: no page is read nor the rows counted (several districts' indicators of ≤
            // at 50,005 disclosures, totalCount alone: the units' rows listed for nothing, 10.8 ms).
            var (unindexed, noOtherIndex) = others == TermsBesideKeys.Other && (count is null || Paging.SelectsRows(context))
                ? await UnindexedTermsAsync(db, filter, where, (keys, atMost, ct) => KeysRowsAsync(db, countOnBudgets, countedTable, keys, atMost, ct),
                    scatteredRowCost, context.CancellationToken)
                : (onCarriedIndex, false);
            if (noOtherIndex) others = TermsBesideKeys.None;
            // (A field fixed by its document keeps the commands it first translated, with or without the hint: the same
            // rows either way.)
            IQueryable<T> Counted() => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), keysFrom: db, unindexed: unindexed);
            // An `or`'s dense matches are read in key order past its columns' indexes (KeyOrderPage's inKeyOrder).
            var orFields = filter.FieldsOfOr(where);
            var keyOrder = new KeyOrderPage<T>(db, field, cacheable, () => set(db).AsNoTracking(),
                () => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), keysFrom: throughKeys ? db : null, keyPerRow: true,
                    unindexed: unindexed),
                Counted, q => sort.Apply(q, order), () => projection ??= Projection(),
                inKeyOrder: orFields is null ? null : () => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(),
                    keysFrom: throughKeys ? db : null, keyPerRow: true,
                    unindexed: unindexed is null ? orFields : new HashSet<string>([.. orFields, .. unindexed], StringComparer.Ordinal)),
                keysFirst: filter.IsOneRangeOfFieldsTogether(where));
            // A filter of one indexed column that no range of it answers (a contains): its count reads that index whole.
            var overColumnIndex = !IsIndexed(terms) && filter.OnOneIndexedColumn(where, LeadsAnIndex(db));
            var wideRows = scatteredRowCost == ScatteredWideRowCost;
            readFromEnd = keyOrder.FromEndReader(readReversed, overColumnIndex, indexedOnKeptCount: false, wideRows);
            // Not for one field's eq: its index holds the matches in key order (the column, then the key), so its page is
            // that range's first entries already, and reading every match's key costs its count more (10,001 units: 1.4 →
            // 2.2 ms). Nor when no row is shown (a count alone).
            var seeksFirstMatch = !IsOneEquality(terms) && Paging.SelectsRows(context);
            if (throughKeys && seeksFirstMatch)
            {
                // Counted on the budgets' kept counts (indicators of a unit alone: CountOverBudgets; no first key, so the
                // page is read over the listed keys) or on the rows (the aggregate reads the first key too).
                count ??= keyOrder.CountOnRowsAsync;
                readRows = keyOrder.ThroughKeysReader(probeFirst: !IsIndexed(terms), others);
                readFromEnd = null;
            }
            else if (count is null && seeksFirstMatch)
            {
                // Counted on the rows: the same read finds the first match's key, and the page starts there, not at the
                // table's first row — few matches too: their ids are not listed in a second read of the filter's index.
                // Without totalCount, a filter of one indexed column that no index range answers (a contains of a
                // slug, a district's name, an English name) reads the first match's key over a small table: the
                // aggregate reads the column's index. Any other is read as the sorted query reads it: a lookup (an
                // index range) finds its rows itself, and an aggregate over a filter of a column without an index, of
                // several columns or through a join tests the rows (53,053 findings' messages at 5,005 disclosures:
                // 17 ms, where the key order found a page in 1.3).
                count = keyOrder.CountOnRowsAsync;
                readRows = overColumnIndex
                    ? keyOrder.SmallTableReader(readRows)
                    : keyOrder.Reader(readRows);
            }
            else
            {
                // Counted otherwise (bands, values) or one field's eq: up to Paging.FewMatches matches, Paging reads the
                // page through the matches' ids; more on the kept counts, and the page may be sought.
                readFewMatches = keyOrder.ReadThroughIdsAsync;
                // Counted on the rows: nested objects through their keys (the count alone of the indicators of 南岸区's
                // units at 5,005 disclosures: 52 ms through the join, read in key order; 2 ms through the key).
                count ??= ct => Counted().CountAsync(ct);
                if (onKeptCounts is not null && seeksFirstMatch)
                {
                    // Terms tested in a carried field's entries (a district's indicators of an operator, counted in each
                    // district) are no range of their own: many matches are read in key order, not sought by a count
                    // over the district's entries (江北区's 1,060,106 at 50,005).
                    var kept = onFacets is not null ? keyOrder.NotingSpan(onFacets) : keyOrder.Noting(onKeptCounts);
                    count = kept;
                    // (Still one index range when only the rarest term's is read.)
                    var indexed = IsIndexed(terms) && (unindexed is null || (fromRarest && ReferenceEquals(unindexed, onCarriedIndex)));
                    readRows = keyOrder.SeekingReader(readRows, kept, indexed, EqualityBounds(db, () => set(db).AsNoTracking(), filter, where));
                    readFromEnd = keyOrder.FromEndReader(readReversed, overColumnIndex: false, indexedOnKeptCount: indexed, wideRows);
                }
            }
        }
        // A name's contains of several grams beside conditions on the number its gram rows carry (a card's name beside its
        // year), too many candidates to pre-select: in key order from the gram's rows that pass them (for an eq, one range
        // of the number's index), the carried field read past its own index (工作经费 beside 2024 at 50,005 disclosures:
        // read from the year's index, the cards of 2024 before its first match each read and tested, 190 ms; 5.4 now).
        else if (leading is null && beside is { } name)
        {
            var carried = new HashSet<string>([name.CarriedField], StringComparer.Ordinal);
            IQueryable<T> Matching() => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), unindexed: carried);
            readRows = GramKeyOrderPage.Reader(db, field, cacheable, name.Kind, name.Pattern, name.Id, Matching, () => projection ??= Projection(),
                equalityBounds: null, matchKey: null, readRows ?? ((_, page, ct) => page().ToListAsync(ct)), name.OnGrams, passingGram);
            readFromEnd = GramKeyOrderPage.Reader(db, field, cacheable, name.Kind, name.Pattern, name.Id, Matching, () => projection ??= Projection(),
                equalityBounds: null, matchKey: null, readFromEnd, name.OnGrams, passingGram);
        }
        // A name's contains with too many candidates to pre-select, alone or the rarest term (the others read past their
        // indexes): in key order from its rarest gram's rows, not the table's (GramKeyOrderPage).
        else if (leading is null && filter.KeyOrderGramTerm(where, onCarriedIndex) is ({ } kind, { } pattern, { } id))
        {
            IQueryable<T> Matching() => filter.Apply(set(db).AsNoTracking(), where, db.Database.IsSqlite(), unindexed: onCarriedIndex);
            var bounds = EqualityBounds(db, () => set(db).AsNoTracking(), filter, where);
            // The first (last) match's key as a kept count's values bound it (a department's match beside a year).
            Func<bool, CancellationToken, Task<int?>>? matchKey =
                filter.KeysOfPassingValues(db, set(db).AsNoTracking(), where, id, last: false) is not { } firstKeys ? null
                    : (last, ct) => last
                        ? filter.KeysOfPassingValues(db, set(db).AsNoTracking(), where, id, last: true)!.MaxAsync(ct)
                        : firstKeys.MinAsync(ct);
            readRows = GramKeyOrderPage.Reader(db, field, cacheable, kind, pattern, id, Matching, () => projection ??= Projection(), bounds,
                matchKey, readRows ?? ((_, page, ct) => page().ToListAsync(ct)));
            readFromEnd = GramKeyOrderPage.Reader(db, field, cacheable, kind, pattern, id, Matching, () => projection ??= Projection(), bounds,
                matchKey, readFromEnd);
        }
        return await Paging.PageAsync(context, () => query ??= Sorted(), () => projection ??= Projection(), context.Limits(),
            count: count, readRows: readRows, readFewMatches: readFewMatches, readFromEnd: readFromEnd);
    }

    /// <summary>
    /// In an order whose leading field's index holds every term's column after it (<see cref="FilterSpec{T}.IndexCarries"/>:
    /// the indicators' name, the targets), the terms, to be read past their own indexes: the page is then read walking
    /// that index in the order's order, each entry tested there, no row read but the page's — when the matches are dense
    /// enough that the walk to the page's end, about <paramref name="pageRows"/> × the table's rows ÷ the matches
    /// entries, costs less than reading every match from a term's own index (a row each, <see cref="ScatteredRowCost"/>
    /// entries) and sorting them, and the whole index no more than <see cref="ScatteredRowCost"/> times that. At 50,005
    /// disclosures the indicators of 2024 by name: 1,080,108 of 2,520,252 read from the year's index and sorted, 206 ms;
    /// walked, 3. A text match of the order's own field is tested in the walk's entries too (a card's name containing 经费
    /// beside 2024, by name). Null otherwise (no kept count of the filter, or of the table's rows; no term but the order's
    /// own field, or any other of its terms; a nested object's; a descending order whose index holds no other column,
    /// <see cref="FilterSpec{T}.DescendingIndexCarriesToo"/>; one value of a field whose indexes hold its rows in the order,
    /// <see cref="FilterSpec{T}.SortedWithinEach(string, string[])"/>: 2025's indicators by target at 5,005 disclosures, walked 15
    /// ms, that range's first entries 2), with the kept count when it was read.
    /// </summary>
    private static async Task<(IReadOnlySet<string>? Unindexed, int? Matches)> WalkOrderIndexAsync<T>(BudgetDbContext db, FilterSpec<T> filter,
        object? where, (string Path, bool Descending)? leading, Func<CancellationToken, Task<int>> keptCount, string countedTable, int pageRows,
        CancellationToken cancellationToken)
    {
        if (leading is not (var path, var descending) || FilterSpec<T>.Terms(where) is not { Count: > 0 } terms
            || terms.Any(t => t.Value is null) || (terms.ContainsKey(path) && !IsTextMatch(terms[path]))
            // One value of a field whose indexes hold its rows in the order (a year's indicators by target): that range;
            // with a core mark, the year's first rows in the order probed, then their range (probedInOrder).
            || (filter.SortsWithinAny(terms.Keys, path) && (IsOneEquality(terms) || filter.IsOneRangeOfFieldsTogether(terms)))
            || terms.Keys.Where(term => term != path).ToHashSet(StringComparer.Ordinal) is not { Count: > 0 } beside
            || !filter.IndexCarriesAll(path, beside, descending))
            return (null, null);
        var matches = await keptCount(cancellationToken);
        if (matches == 0 || await RowCounts.ReadAsync(db, countedTable, cancellationToken) is not { } rows) return (null, matches);
        // Expected: the matches spread evenly over the order. At worst they all lie at its end and the walk reads the whole
        // index: no more than ScatteredRowCost times the reads of the sorted matches (the indicators of 满意度指标 by name,
        // 30,003 at 50,005 disclosures, lie late in the names: walked, 28 → 106 ms; not walked now).
        var expected = (double)pageRows * rows / matches / ScatteredRowCost;
        var worst = (double)rows / ScatteredRowCost;
        // One value alone no more than its rows read and sorted: were the page not early in the walk, it is looked for
        // among the order's first rows and then read from the value's range (probedInOrder: 5,005 indicators of 效益指标 at
        // 5,005 disclosures by target descending lie at the end of it — walked, 20 ms; looked for, then read, 8).
        var bound = IsOneEquality(terms) ? matches : (double)ScatteredRowCost * matches;
        return (expected < matches && worst <= bound ? beside : null, matches);
    }

    /// <summary>
    /// In an order (<paramref name="leading"/>), of a filter with a name's <c>contains</c> (<see cref="FilterSpec{T}.CandidatesOfNameMatch"/>:
    /// alone, beside the number its gram rows carry, or beside terms with kept counts), the term that keeps the rows
    /// among its gram rows — or, over narrow rows (<paramref name="rarerTerm"/>), among those of a term that keeps fewer
    /// (an operator of ≤ beside 满意: 2,098 → 135 ms at 50,005) — when they are fewer than one in <see cref="ScatteredRowCost"/> of the table's rows: SQLite then
    /// reads their rows by key and sorts them, where it would read the order's index from its start, each row looked up
    /// to test the name, until the page is full. That walk is short only when the matches spread evenly over the order,
    /// and an order's values follow the names: at 5,005 disclosures the indicators with 满意 under a target of 90 (5,005
    /// of 252,252) weigh 15 points at most, after the 104,104 heavier ones, so their page by weight descending read those
    /// first (80 ms; 760 at 50,005). Read from the gram rows, the walk's worst case — every row — is bounded as
    /// <see cref="WalkOrderIndexAsync"/> bounds its own: the matches' reads cost at most that much less. Where the walk
    /// is short after all (the matches lie early in the order), the page's reader finds it among the order's first rows
    /// (<see cref="OrderProbe"/>). Not in the key's order, nor the searched name's (<see cref="FilterSpec{T}.CandidatesOfNameMatch"/>),
    /// nor for matches of one in <see cref="ScatteredRowCost"/> rows or more (nor, the caller's part, in an order the gram
    /// rows hold: <see cref="FilterSpec{T}.GramOrderPage"/>). Null otherwise.
    /// </summary>
    private static async Task<(Expression<Func<T, bool>> Among, int Candidates, int Rows)?> FewCandidatesAsync<T>(BudgetDbContext db, FilterSpec<T> filter,
        Func<BudgetDbContext, IQueryable<T>> set, object? where, (string Path, bool Descending)? leading, string countedTable,
        Func<CancellationToken, Task<(string Gram, int Rows)>>? passingGram, bool rarerTerm, CancellationToken cancellationToken)
        where T : class
    {
        if (leading is not var (path, _)
            || filter.CandidatesOfNameMatch(db, () => set(db).AsNoTracking(), where, path, passingGram, rarerTerm) is not { } gramRows
            || await gramRows(cancellationToken) is not var (candidates, among))
            return null;
        return await RowCounts.ReadAsync(db, countedTable, cancellationToken) is { } rows && (long)candidates * ScatteredRowCost < rows
            ? (among, candidates, rows)
            : null;
    }

    // A text match of the order's own field (a card's name containing 经费) is tested on each entry of the walk: its
    // index leads with that column. Any other term of it is a range of the index, or a list, that SQLite reads by itself.
    private static bool IsTextMatch(object? operations) =>
        operations is IDictionary<string, object?> { Count: > 0 } ops
        && ops.All(op => op.Key is "contains" or "startsWith" or "endsWith" && op.Value is string);

    /// <summary>
    /// What a row read from a term's own index costs against one read through the nested objects' keys: a term's rows lie
    /// scattered over the table, a unit's together (imported together), so SQLite reads a page for about each of the
    /// former. At 5,005 disclosures, 南岸区's indicators of ≤ (5,005 of them) from the operator's index 25 ms, through its
    /// units' 33,033 rows 19 ms; its core indicators (33,033 of each) 32 ms against 9.
    /// </summary>
    public const int ScatteredRowCost = 8;

    /// <summary>
    /// <see cref="ScatteredRowCost"/> for rows about as wide as a page (a card holds its overview, basis and goal texts):
    /// read together or scattered, each costs about a page, so a term is hidden only when it keeps more rows than the
    /// units do. At 50,005 disclosures, the cards with a core indicator (220,022) beside 南岸区's (30,003): 266 ms from
    /// the flag's index, 36 through the units' keys; the cards without one (150,015) beside every SYNTHETIC unit's
    /// (370,000): 246 ms from the flag's index, 514 through the keys; 一般性项目's (20,002) beside 南岸区's: 26 ms from the
    /// category's index, 38 through the keys (both hidden with two or eight).
    /// </summary>
    public const int ScatteredWideRowCost = 1;

    /// <summary>
    /// Of a lifted field's <c>eq</c> and the terms beside it that its index carries (<see cref="FilterSpec{T}.TestedOnCarriedIndex"/>:
    /// a district beside an indicator's year, core mark, operator or level), the fields not to be read from their own
    /// index: the terms beside it — the field's range is read in key order, those terms tested in its entries, where
    /// each match's row a term's own index lists would be read to test the district — unless the counts kept at import
    /// give a term fewer than one in <see cref="ScatteredRowCost"/> of the field's rows: then that term's index is read
    /// and the field and the other terms are tested on its rows. (At 50,005 disclosures 南岸区 has 330,033 indicators,
    /// none of ≤: counted in the SQLite shell, its range read whole 23 ms; the 50,005 of ≤ from the operator's index,
    /// each row read, 103 ms.) Without kept counts for the field or the terms: the terms beside it. Null when the filter
    /// has no such terms.
    /// </summary>
    internal static async Task<IReadOnlySet<string>?> ReadBesideCarriedAsync<T>(BudgetDbContext db, FilterSpec<T> filter, object? where,
        CancellationToken cancellationToken)
    {
        if (filter.TestedOnCarriedIndex(where) is not { } beside) return null;
        var terms = FilterSpec<T>.Terms(where)!;
        if (terms.Keys.Where(field => terms[field] is not null && !beside.Contains(field)).ToList() is not [var carried]
            || filter.CountOnValues(db, Alone(carried)) is not { } carriedCount)
            return beside;
        var carriedRows = (long)await carriedCount(cancellationToken);
        (string Term, long Rows)? rarest = null;
        foreach (var term in beside)
        {
            if (filter.CountOnValues(db, Alone(term)) is { } count && await count(cancellationToken) is var rows && rows < (rarest?.Rows ?? long.MaxValue))
                rarest = (term, rows);
        }
        return rarest is { } rare && rare.Rows * ScatteredRowCost < carriedRows
            ? beside.Where(term => term != rare.Term).Append(carried).ToHashSet(StringComparer.Ordinal)
            : beside;

        IDictionary<string, object?> Alone(string field) => new Dictionary<string, object?> { [field] = terms[field] };
    }

    /// <summary>
    /// Of a filter of several columns of the row's own, the columns not to be read from their own index: all but the
    /// rarest, when it keeps at most half the rows the next does (or fewer, read in an index that carries the others,
    /// below) — its index is read and the other terms tested on its rows. SQLite, which keeps no statistics here, reads
    /// an equality's index rather than a range's, and one equality's rather than another's, whatever their rows: the
    /// core indicators of a weight of 40 or more at 50,005 disclosures (30,003, the first after 790,044 others) had the 330,033 core ones each looked up to test its weight, to count them
    /// and find the first (1.7 s in the SQLite shell, cold), where the weight's 50,005 entries are read instead (0.05 s).
    /// Each term's rows are what the kept counts give it alone (<c>countedAs</c>, <see cref="FilterSpec{T}.CountOnValues(BudgetDbContext, object?, Func{IQueryable{T}}?)"/>;
    /// an amount's bands, <see cref="FilterSpec{T}.CountOnBands"/>); a term none keeps that compares or lists the values
    /// of a column leading an index (a name's <c>eq</c>, a code's, a year of the budgets), or of a referenced row's column
    /// an index holds alone (a budget's loader revision, <see cref="FilterSpec{T}.CountOnJoinedIndex"/>), is counted on that index, up to
    /// half the fewest rows a kept count gives — past that it cannot be the rarest, and the count reads no further (an
    /// indicator's name beside its operator at 50,005 disclosures: 30,003 names where SQLite read the 1,010,101 rows of
    /// ≥). A term whose column leads an index holding the others' (<see cref="FilterSpec{T}.IndexCarries"/>: a numeric
    /// target beside an indicator's year, core mark, operator, unit of measure or levels) is read there, its entries
    /// tested: its rows weigh one in <see cref="ScatteredRowCost"/> (5,005 disclosures: 2024's targets of 100 or more
    /// counted 25 → 4 ms in the SQLite shell). Terms that one such index holds all of (<see cref="FilterSpec{T}.OneIndexHolds"/>),
    /// none weighing less than one in <see cref="ScatteredRowCost"/> of the table's rows (<see cref="FilterSpec{T}.CountAllOnBands"/>)
    /// and counted on no kept count (<see cref="FilterSpec{T}.CountOnValues(BudgetDbContext, object?, Func{IQueryable{T}}?)"/>,
    /// an amount's bands kept alone, <see cref="FilterSpec{T}.CountsOnUnsplitBands"/>),
    /// are all read past their own indexes, so that SQLite reads that index whole, each entry tested: two budget amounts
    /// of 100 or more at 5,005 disclosures, 5,005 rows of 2 KB each looked up from one amount's index, 6 ms, where the 5,005
    /// entries of IX_Budgets_FiscalYear_Amounts are read in 1. Null for any other filter, or one no kept count holds a term of; in a
    /// page in an order (<paramref name="leading"/>: its first field), null unless every term is counted per value or is
    /// that field's prefix range (<see cref="FilterSpec{T}.IsNamePrefixRange"/>) in an order whose index carries the others.
    /// </summary>
    internal static async Task<IReadOnlySet<string>?> ReadFromRarestAsync<T>(BudgetDbContext db, Func<IQueryable<T>> table, FilterSpec<T> filter,
        object? where, (string Path, bool Descending)? leading, CancellationToken cancellationToken)
    {
        if (FilterSpec<T>.Terms(where) is not { Count: >= 2 } terms || terms.Any(t => t.Value is null)) return null;
        // Equalities of fields one index leads with together (a year and a core mark): one range of it in key order,
        // where reading the rarer one's index tested the other on every row between the matches (2024's core cards at
        // 5,005 disclosures after 19,000 core cards of other years in key order; 2024's core indicators after 30,000).
        // In another order too: their range read and sorted, where the rarer one's index had each of its rows read to test
        // the other before the sort (2024's core indicators by weight at 50,005 disclosures, the core mark's 330,033) — in
        // an order one of them holds its rows in (a year's cards by amount: IX_Projects_FiscalYear_Amount), after the page
        // was looked for among the first of that range (EntityQueries' probedInOrder).
        if (filter.IsOneRangeOfFieldsTogether(terms)) return null;
        var sqlite = db.Database.IsSqlite();
        // In another order than the keys' the page may be read from the order's index: only values' kept counts are read —
        // and the order's own prefix, whose range of the name's index holds its page in that order: a card's name
        // starting with 南坪 beside 2024 by name, the year tested in the range's entries, where the year's cards were each
        // read, tested and sorted (118 ms at 5,005 disclosures).
        bool IsOrdersOwnPrefix(string term, object? value) =>
            leading is var (path, descending) && term == path && value is IDictionary<string, object?> operations
            && filter.IsNamePrefixRange(term, operations, sqlite) && filter.IndexCarriesAll(term, terms.Keys.Where(k => k != term), descending);
        if (leading is not null && terms.Any(t => !filter.IsCounted(t.Key) && !IsOrdersOwnPrefix(t.Key, t.Value))) return null;
        // Each term's count, read only once every term has one: a kept count, or its column's index.
        var kept = new List<(string Term, Func<CancellationToken, Task<int>> Count)>();
        // (An index count is given the most rows worth counting.)
        var onIndexes = new List<(string Term, Func<int, CancellationToken, Task<int>> Count)>();
        var indexedAlone = IndexedAlone(db);
        var textMatches = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, value) in terms)
        {
            var alone = new Dictionary<string, object?> { [term] = value };
            if ((filter.IsCounted(term) ? filter.CountOnValues(db, alone) : filter.CountOnBands(db, table, alone)) is { } count)
                kept.Add((term, count));
            // A name's text match that its gram's kept count answers, in an index that holds every other term's column
            // (a card's name containing 经费 beside its core mark): weighed on that count, and when it is the cheaper, the
            // others are read past their indexes — the count then reads that index whole, each entry tested, where the
            // core mark's index had each of its 220,022 cards read at 50,005 disclosures to test the name (290 ms).
            else if (IsTextMatch(value) && filter.IndexCarriesAll(term, terms.Keys.Where(k => k != term))
                     && filter.GramCount(db, alone) is { } onGrams)
            {
                kept.Insert(0, (term, onGrams));
                textMatches.Add(term);
            }
            // (A name's startsWith is a range of its index, counted there as an eq is: a card's name starting with 南坪
            // beside 2024, the year then tested in that range's entries, not on each card of 2024.)
            else if (value is not IDictionary<string, object?> operations || operations.Values.Any(o => o is IDictionary<string, object?>)
                     || !(IsIndexed(alone) || filter.IsNamePrefixRange(term, operations, sqlite)))
                return null; // (neither kept nor a column's operations an index answers: a nested object's filter, a text match)
            else if (filter.OnOneIndexedColumn(alone, indexedAlone))
                onIndexes.Add((term, (atMost, ct) => filter.Apply(table(), alone, db.Database.IsSqlite()).Take(atMost).CountAsync(ct)));
            else if (filter.CountOnJoinedIndex(db, alone, indexedAlone) is { } joined)
                onIndexes.Add((term, joined));
            else
                return null;
        }
        if (kept.Count == 0) return null;
        var rows = new List<(string Term, long Rows)>();
        foreach (var (term, count) in kept)
        {
            var n = await count(cancellationToken);
            // A name's text match whose gram's ids are few enough to be listed (NameSearch.MaxCandidates) is read through
            // that list whatever the others: nothing more is weighed (its count is read first).
            if (textMatches.Contains(term) && n <= NameSearch.MaxCandidates) return null;
            rows.Add((term, n));
        }
        var atMost = (int)Math.Min(int.MaxValue - 1, rows.Min(t => t.Rows) / 2 + 1);
        foreach (var (term, count) in onIndexes) rows.Add((term, await count(atMost, cancellationToken)));
        // A term whose index holds every other term's column is read there, its entries tested without reading a row:
        // each costs about one in ScatteredRowCost of a row read from another index. Not a negation: its entries are the
        // whole index (an indicator's name other than one, beside 2024 at 50,005 disclosures: 174 ms through the year's
        // rows, 249 reading the name's index whole).
        var costs = rows.Select(t => (t.Term, t.Rows, Carried: filter.IndexCarriesAll(t.Term, terms.Keys.Where(k => k != t.Term))
                && !IsNegation(terms[t.Term])))
            .Select(t => (t.Term, Cost: t.Carried ? t.Rows / ScatteredRowCost : t.Rows, t.Carried)).ToList();
        costs.Sort((a, b) => a.Cost.CompareTo(b.Cost));
        // Every term held by one index (the budgets' amounts after the year) and none rarer than one in ScatteredRowCost of
        // the table's rows: that index is read whole to count them, each entry tested — every term read past its own index.
        // Not where the count is kept (a card's year and category, on the combinations; its year and amount, on the bands):
        // only the page is read then, and sparse matches are found sooner through the rarest term's index than by reading
        // the table in key order. An amount counted on its bands kept beside a card's category or core mark still is: the
        // first match's key, past the first keys, is an aggregate of the matches, which that index answers (2024's core
        // cards of 10 万元 or more at 50,005 disclosures, first at the 290,001st key: 199 ms through the core mark's
        // index, 30 through the amount's).
        if (filter.OneIndexHolds(terms.Keys) && filter.CountOnValues(db, where) is null && !filter.CountsOnUnsplitBands(where)
            && filter.CountAllOnBands(db) is { } all
            && await all(cancellationToken) / ScatteredRowCost < costs[0].Cost)
            return terms.Keys.ToHashSet(StringComparer.Ordinal);
        // The rarest by half, or a term whose index carries the others and costs less: its entries are read in one range,
        // no row looked up, and a row looked up elsewhere costs more than ScatteredRowCost of them (a card is about a
        // page; its amount's entries beside 一般性项目 at 50,005 disclosures, 100,010 of them: 6 ms in the SQLite shell
        // where the category's 20,002 cards were 12).
        return costs[0].Cost * 2 <= costs[1].Cost || (costs[0].Carried && costs[0].Cost < costs[1].Cost)
            ? costs.Skip(1).Select(t => t.Term).ToHashSet(StringComparer.Ordinal) : null;
    }

    /// <summary>
    /// The terms beside a filter's nested objects (tested through their keys) that are not to be read from their own
    /// index: those whose value the counts kept at import give more rows than <see cref="Paging.FewMatches"/> and more
    /// than one in <paramref name="scatteredRowCost"/> of the rows the nested objects' keys list (<paramref name="keysRows"/>,
    /// given the keys' filter and the count past which no term is hidden: indicators sum their budgets' kept counts,
    /// projects estimate a unit filter's, <see cref="UnitRowsEstimate"/>). SQLite keeps no statistics here, so under
    /// <c>UnitId IN (…) AND Operator = '≥'</c> it reads the operator's index, a third of the table: two units' indicators
    /// of ≥ at 50,005 disclosures, 444 ms counted; through the units' keys 6 ms. The same for a card's core mark (南岸区's
    /// cards with a core indicator at 50,005: 260 ms; session 42). A rarer value keeps its index (a value no row has is
    /// found there at once). Null when none, or nothing kept counts them. One command per such term, and one for the
    /// keys' rows when a term has more than FewMatches; the same rows match either way. <c>All</c>: every term beside
    /// the keys is among them.
    /// </summary>
    private static async Task<(IReadOnlySet<string>? Unindexed, bool All)> UnindexedTermsAsync<T>(BudgetDbContext db, FilterSpec<T> filter,
        object? where, Func<IDictionary<string, object?>, long, CancellationToken, Task<long>> keysRows, int scatteredRowCost,
        CancellationToken cancellationToken)
    {
        if (filter.CountedTermsBesideKeys(where) is not { Counted.Count: > 0 } split) return (null, false);
        var common = new List<(string Term, int Rows)>();
        foreach (var (term, alone) in split.Counted)
        {
            if (filter.CountOnValues(db, alone) is { } count && await count(cancellationToken) is var rows and > Paging.FewMatches)
                common.Add((term, rows));
        }
        if (common.Count == 0) return (null, false);
        // Past this many rows of the keys, no term is hidden: only whether they are fewer matters.
        var bound = common.Max(t => (long)t.Rows) * scatteredRowCost;
        var keysRowCount = await keysRows(split.Keys, bound, cancellationToken);
        var unindexed = common.Where(t => (long)t.Rows * scatteredRowCost > keysRowCount).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return unindexed.Count > 0 ? (unindexed, unindexed.Count == split.Others) : (null, false);
    }

    /// <summary>
    /// The rows the nested objects' keys list, for <see cref="UnindexedTermsAsync"/>: the budgets' kept counts where there
    /// are some (indicators, <see cref="CountOverBudgets"/>), else a unit filter's estimate (<see cref="UnitRowsEstimate"/>,
    /// over a table whose rows are counted at import); <paramref name="atMost"/> (no term hidden) when neither applies.
    /// </summary>
    private static async Task<long> KeysRowsAsync(BudgetDbContext db, Func<BudgetDbContext, object?, Func<CancellationToken, Task<int>>?>? countOnBudgets,
        string? countedTable, IDictionary<string, object?> keys, long atMost, CancellationToken cancellationToken)
    {
        if (countOnBudgets?.Invoke(db, keys) is { } onBudgets) return await onBudgets(cancellationToken);
        if (countedTable is not null && keys is { Count: 1 } && keys.TryGetValue("unit", out var unit) && unit is IDictionary<string, object?> units
            && await UnitRowsEstimate.RowsAsync(db, countedTable, units, atMost, cancellationToken) is { } estimate)
            return estimate;
        return atMost;
    }

    /// <summary>Whether a property of an entity type is the first column of one of its indexes in the model.</summary>
    private static Func<Type, string, bool> LeadsAnIndex(BudgetDbContext db) => (type, property) =>
        db.Model.FindEntityType(type)?.GetIndexes().Any(i => i.Properties[0].Name == property) == true;

    /// <summary>
    /// The tightest bounds of every match's key that the filter's <c>eq</c> terms give, each read in an index that holds
    /// its value's rows in key order (<see cref="FilterSpec{T}.EqualitiesInKeyOrder"/>: one seek at each end), for
    /// <see cref="KeyOrderPage{T}.SeekingReader"/>; null when the filter has no such term.
    /// </summary>
    private static Func<CancellationToken, Task<(int First, int Last)?>>? EqualityBounds<T>(BudgetDbContext db, Func<IQueryable<T>> table,
        FilterSpec<T> filter, object? where) where T : class
    {
        var equalities = filter.EqualitiesInKeyOrder(where, InKeyOrderAfter(db));
        if (equalities.Count == 0) return null;
        return async cancellationToken =>
        {
            (int First, int Last)? bounds = null;
            foreach (var equality in equalities)
            {
                // No row of one term: none matches (a kept count said otherwise only if rows went meanwhile).
                if (await FirstMatch.KeyBoundsAsync(db, filter.Apply(table(), equality, db.Database.IsSqlite()), cancellationToken) is not var (first, last))
                    return null;
                bounds = bounds is var (f, l) ? (Math.Max(f, first), Math.Min(l, last)) : (first, last);
            }
            return bounds;
        };
    }

    /// <summary>Whether an index of the model holds a property's rows in key order after it: of its column alone, or of
    /// its column then the key (<c>IX_Projects_DistrictName_Categories</c>).</summary>
    private static Func<Type, string, bool> InKeyOrderAfter(BudgetDbContext db) => (type, property) =>
        IndexedAlone(db)(type, property) || IndexedAfter(db)(type, property, "Id");

    /// <summary>Whether a property of an entity type has an index of its own column alone in the model.</summary>
    private static Func<Type, string, bool> IndexedAlone(BudgetDbContext db) => (type, property) =>
        db.Model.FindEntityType(type)?.GetIndexes().Any(i => i.Properties is [{ } only] && only.Name == property && i.GetFilter() is null) == true;

    /// <summary>Whether an entity type has an index whose first column is a key property and whose second is another.</summary>
    private static Func<Type, string, string, bool> IndexedAfter(BudgetDbContext db) => (type, key, column) =>
        db.Model.FindEntityType(type)?.GetIndexes().Any(i => i.Properties is [{ } first, { } second, ..] && first.Name == key && second.Name == column) == true;

    /// <summary>Whether the filter's <paramref name="terms"/> are one field's <c>eq</c> alone.</summary>
    private static bool IsOneEquality(IDictionary<string, object?>? terms) =>
        terms is { Count: 1 } && terms.Single().Value is IDictionary<string, object?> { Count: 1 } operations && operations.ContainsKey("eq");

    // The operations an index answers by seeks and ranges (not contains, endsWith, a negation).
    private static readonly HashSet<string> IndexedOperations = new(StringComparer.Ordinal) { "eq", "in", "gt", "gte", "lt", "lte" };

    // The operations that keep the rows another one leaves out (StringOperationFilterInputType, ComparableOperations).
    private static readonly HashSet<string> NegatedOperations = new(StringComparer.Ordinal)
        { "neq", "nin", "ngt", "ngte", "nlt", "nlte", "ncontains", "nstartsWith", "nendsWith" };

    // Whether a field's operations hold a negation.
    private static bool IsNegation(object? operations) =>
        operations is IDictionary<string, object?> ops && ops.Keys.Any(NegatedOperations.Contains);

    /// <summary>
    /// Whether every term of the filter compares or lists one field's values (<c>{ amount: { gte: 500 } }</c>,
    /// <c>{ year: { eq: 2024 }, procurementTotal: { gte: 100 } }</c>, <c>{ category: { in: […] } }</c>), also through a
    /// nested object (<c>{ unit: { slug: { eq: "nanping" } } }</c>): the matches' keys are read from an index range, in
    /// proportion to their number, not by testing every entry of an index. (An operations object's values are never
    /// objects; a nested object's always are.)
    /// </summary>
    private static bool IsIndexed(IDictionary<string, object?>? terms) =>
        terms is { Count: > 0 } && terms.Values.All(v => v is IDictionary<string, object?> { Count: > 0 } operations
            && (operations.Keys.All(IndexedOperations.Contains)
                || (operations.Values.All(o => o is IDictionary<string, object?>) && IsIndexed(operations))));

    /// <summary>A root list without paging (small catalogues).</summary>
    public static async Task<object?> ListAsync<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, FilterSpec<T> filter, SortSpec<T> sort, params string[] keys)
        where T : class, new()
    {
        var projection = Projection<T>.For(context.FieldDefinition.ResolvedType!, SelectionReader.SelectedFields(context), keys);
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var query = sort.Apply(filter.Apply(set(db).AsNoTracking(), context.RawArgument("where"), db.Database.IsSqlite()), context.RawArgument("order"));
        return await query.Select(projection).ToListAsync(context.CancellationToken);
    }

    /// <summary>
    /// One entity found by <paramref name="predicate"/>(<paramref name="key"/>), or null plus the NOT_FOUND error
    /// <paramref name="notFound"/> makes (it may ask the database which argument was wrong). A lookup whose selection
    /// the document fixes runs a cached command (<see cref="CachedCommands.IsLookupCacheable"/>): translated once, the
    /// key bound on every request, whether it is a literal or a variable.
    /// </summary>
    public static Task<object?> SingleAsync<T, TKey>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, TKey key, Func<TKey, Expression<Func<T, bool>>> predicate,
        Func<BudgetDbContext, CancellationToken, Task<QueryArgumentError>> notFound, params string[] keys)
        where T : class, new() =>
        SingleAsync(context, set, [key], v => predicate((TKey)v[0]!), notFound, keys);

    /// <summary>As <see cref="SingleAsync{T,TKey}"/>, by two keys (e.g. a unit's slug and a year).</summary>
    public static Task<object?> SingleAsync<T, TKey1, TKey2>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, TKey1 key1, TKey2 key2, Func<TKey1, TKey2, Expression<Func<T, bool>>> predicate,
        Func<BudgetDbContext, CancellationToken, Task<QueryArgumentError>> notFound, params string[] keys)
        where T : class, new() =>
        SingleAsync(context, set, [key1, key2], v => predicate((TKey1)v[0]!, (TKey2)v[1]!), notFound, keys);

    private static async Task<object?> SingleAsync<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, object?[] values, Func<object?[], Expression<Func<T, bool>>> predicate,
        Func<BudgetDbContext, CancellationToken, Task<QueryArgumentError>> notFound, string[] keys)
        where T : class, new()
    {
        Expression<Func<T, T>> Projection() =>
            Projection<T>.For(context.FieldDefinition.ResolvedType!, SelectionReader.SelectedFields(context), keys);
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        T? row;
        if (CachedCommands.IsLookupCacheable(context) && CachedCommands.CanBind(values))
        {
            var rows = await CachedCommands.ToListAsync(db, context.FieldAst, "single:" + typeof(T).Name, null, values,
                (_, v) => TakeFirst(ById(set(db).AsNoTracking().Where(predicate(v!))).Select(Projection())), context.CancellationToken);
            row = rows.Count > 0 ? rows[0] : null;
        }
        else
            row = await ById(set(db).AsNoTracking().Where(predicate(values))).Select(Projection()).FirstOrDefaultAsync(context.CancellationToken);
        return row ?? throw await notFound(db, context.CancellationToken);
    }

    /// <summary>
    /// The children of one parent (e.g. a unit's budgets), batched: every parent resolving this field adds its key and
    /// one query reads the children of all of them (<c>WHERE fk IN (…)</c>), filtered and sorted by the field's arguments.
    /// </summary>
    public static IDataLoaderResult Children<T>(IResolveFieldContext context, int parentKey,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> foreignKey,
        FilterSpec<T>? filter, SortSpec<T> sort, Expression<Func<T, bool>>? condition, params string[] keys)
        where T : class, new() =>
        ChildrenBatch(context, set, foreignKey, filter, sort, condition, keys).Load(parentKey);

    /// <summary>
    /// The request's batch behind <see cref="Children{T}"/> for the current field: load one parent's key or, from a
    /// plan, the keys of all parents of a level (<see cref="BatchedRelation"/>); either way one query per field.
    /// </summary>
    public static IKeyedBatch<int> ChildrenBatch<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> foreignKey,
        FilterSpec<T>? filter, SortSpec<T> sort, Expression<Func<T, bool>>? condition, params string[] keys)
        where T : class, new() =>
        RequestBatches.For(context).GetOrAdd(context.FieldAst, ChildrenName<T>.Value, () =>
        {
            var factory = context.DbFactory();
            var where = context.RawArgument("where");
            var order = context.RawArgument("order");
            var field = context.FieldAst;
            var cacheable = CachedCommands.IsCacheable(context);
            var projection = LazyProjection<T>(context, context.FieldDefinition.ResolvedType!, cacheable, keys);
            var groupKey = KeyReaders<T>.For(foreignKey);
            return new BatchLoader<int, IReadOnlyList<T>>(async (parentKeys, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                IQueryable<T> Build(IReadOnlyList<int> keys)
                {
                    var query = set(db).AsNoTracking().Where(KeyIn(foreignKey, keys));
                    if (condition is not null) query = query.Where(condition);
                    if (filter is not null) query = filter.Apply(query, where, db.Database.IsSqlite());
                    return sort.ApplyByParent(query, foreignKey, order).Select(projection());
                }
                var rows = cacheable
                    ? await CachedCommands.ToListAsync(db, field, ChildrenName<T>.Value, parentKeys, keys => Build(keys!), ct)
                    : await Build(parentKeys).ToListAsync(ct);
                return GroupRows(rows, groupKey);
            }, []);
        });

    /// <summary>Entities by key (e.g. each project's unit), batched into one <c>WHERE id IN (…)</c> per field.</summary>
    public static IDataLoaderResult ByKey<T>(IResolveFieldContext context, int key,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> id, params string[] keys)
        where T : class, new() =>
        ByKey(context, key, set, id, context.FieldDefinition.ResolvedType!, keys);

    /// <summary>As <see cref="ByKey{T}(IResolveFieldContext,int,Func{BudgetDbContext,IQueryable{T}},Expression{Func{T,int}},string[])"/>,
    /// projecting for <paramref name="graphType"/> (the concrete type behind an interface field such as <c>node</c>).</summary>
    public static IDataLoaderResult ByKey<T>(IResolveFieldContext context, int key,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> id, IGraphType graphType, params string[] keys)
        where T : class, new() =>
        KeyBatch(context, set, id, graphType, keys).Load(key);

    /// <summary>The request's batch behind <see cref="ByKey{T}(IResolveFieldContext,int,Func{BudgetDbContext,IQueryable{T}},Expression{Func{T,int}},string[])"/>
    /// for the current field, projecting for its own type.</summary>
    public static IKeyedBatch<int> KeyBatch<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> id, params string[] keys)
        where T : class, new() =>
        KeyBatch(context, set, id, context.FieldDefinition.ResolvedType!, keys);

    private static IKeyedBatch<int> KeyBatch<T>(IResolveFieldContext context,
        Func<BudgetDbContext, IQueryable<T>> set, Expression<Func<T, int>> id, IGraphType graphType, string[] keys)
        where T : class, new() =>
        RequestBatches.For(context).GetOrAdd(context.FieldAst, KeyName<T>.Value, () =>
        {
            var factory = context.DbFactory();
            var field = context.FieldAst;
            var cacheable = CachedCommands.IsCacheable(context);
            var projection = LazyProjection<T>(context, graphType, cacheable, keys);
            var getId = KeyReaders<T>.For(id);
            return new BatchLoader<int, T?>(async (ids, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                IQueryable<T> Build(IReadOnlyList<int> keys) => set(db).AsNoTracking().Where(KeyIn(id, keys)).Select(projection());
                var rows = cacheable
                    ? await CachedCommands.ToListAsync(db, field, "key:" + typeof(T).Name + ":" + graphType.Name, ids, keys => Build(keys!), ct)
                    : await Build(ids).ToListAsync(ct);
                return rows.ToDictionary(getId, r => (T?)r);
            }, null);
        });

    /// <summary>
    /// The projection of a batch's rows. A cacheable field that already ran (<see cref="CachedCommands.HasRun"/>: its
    /// document fixed it, and it built) builds it only if a command is still to be translated — a cached command needs
    /// no expression tree; any other field builds it at once, as always (so its errors come where they always did).
    /// </summary>
    private static Func<Expression<Func<T, T>>> LazyProjection<T>(IResolveFieldContext context, IGraphType graphType,
        bool cacheable, string[] keys) where T : class, new()
    {
        Expression<Func<T, T>>? projection = null;
        if (!(cacheable && CachedCommands.HasRun(context.FieldAst)))
        {
            projection = Projection<T>.For(graphType, SelectionReader.SelectedFields(context), keys);
            return () => projection;
        }
        // Built later, if at all: from a copy of the context as it is now (the executor may reuse its own).
        var snapshot = new ResolveFieldContext(context);
        return () => projection ??= Projection<T>.For(graphType, SelectionReader.SelectedFields(snapshot), keys);
    }

    /// <summary>
    /// The rows by parent key, in their order, each parent's in an array of its exact size (rows counted first: no
    /// growing lists per parent).
    /// </summary>
    private static Dictionary<int, IReadOnlyList<T>> GroupRows<T>(List<T> rows, Func<T, int> key)
    {
        var counts = new Dictionary<int, int>();
        foreach (var row in rows) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key(row), out _)++;
        var groups = new Dictionary<int, IReadOnlyList<T>>(counts.Count);
        foreach (var row in rows)
        {
            var k = key(row);
            ref var filled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(counts, k);
            if (!groups.TryGetValue(k, out var group))
            {
                groups[k] = group = new T[filled];
                filled = 0;
            }
            ((T[])group)[filled++] = row;
        }
        return groups;
    }

    /// <summary>Batch names, made once per entity type (not a string concatenation per parent row).</summary>
    private static class ChildrenName<T>
    {
        public static readonly string Value = "children:" + typeof(T).Name;
    }

    private static class KeyName<T>
    {
        public static readonly string Value = "key:" + typeof(T).Name;
    }

    /// <summary>
    /// The look-ups' rows in key order, so that "the first" is one defined row even for a predicate that is not on a
    /// unique key, on both paths alike (and EF Core does not warn of a row limit without an order, 10102). For the
    /// look-ups there are today (a unit by slug, a budget by unit and year: unique indexes) the order costs nothing:
    /// the database finds at most one row by the index and sorts nothing.
    /// </summary>
    private static IQueryable<T> ById<T>(IQueryable<T> query) where T : class => query.OrderBy(e => EF.Property<int>(e, "Id"));

    /// <summary>
    /// <c>Take(EF.Constant(1))</c>: FirstOrDefault's translation (<c>LIMIT 1</c>, <c>TOP(1)</c>: the 1 written into the
    /// text, where <c>Take(1)</c> would make it a parameter) as a query whose command can be cached.
    /// </summary>
    private static IQueryable<T> TakeFirst<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(Expression.Call(
        TakeMethod.MakeGenericMethod(typeof(T)), query.Expression, Expression.Call(ConstantMethod, Expression.Constant(1))));

    private static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, int>> key, IReadOnlyList<int> values)
    {
        var contains = Expression.Call(IntContains, QueryParameter<int[]>.Of([.. values]), key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }
}
