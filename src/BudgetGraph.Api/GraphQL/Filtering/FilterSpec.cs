using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Reading;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>One filterable field of an entity: its GraphQL name, input type, and how a value becomes a predicate.</summary>
public sealed record FilterField(string Name, string Description, Type GraphType, Func<Expression, object?, Expression> Build);

/// <summary>
/// The <c>where</c> input of one entity in HotChocolate's shape: each field takes an operation input
/// (<c>eq</c>, <c>in</c>, <c>gt</c>, <c>contains</c> …) or a nested object filter; fields of one object are ANDed,
/// <c>and</c>/<c>or</c> take lists. <see cref="Apply"/> turns the parsed argument into a LINQ predicate that EF Core
/// translates to SQL. The accessors are declared once at startup; a request only assembles expression nodes.
/// </summary>
public sealed class FilterSpec<T>
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);
    // The operations of each scalar field on its member (for a field whose column the name grams carry).
    private readonly Dictionary<string, Func<Expression, object?, Expression>> _operations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NameGramKind Kind, NameGramKind? StartKind, string? Carried, string? CarriedOrder, Expression<Func<T, int>> Id)> _indexedNames = new(StringComparer.Ordinal);
    private readonly ParameterExpression _parameter = Expression.Parameter(typeof(T), "x");
    // Fields whose column's values are counted at import, with the column's name there (Data.Import.ValueCounts), the
    // ValueCount property that holds its values (ValueCounts.HeldIn: Value, Number or Flag) and the field's member type.
    private readonly Dictionary<string, (string Column, string Held, Type Member)> _countedColumns = new(StringComparer.Ordinal);
    // Fields whose column is counted in each district too (CountedInDistricts), with the district's field.
    private readonly Dictionary<string, string> _countedInDistricts = new(StringComparer.Ordinal);
    // Fields whose column is counted beside another of the row's too (CountedBeside): that other field, and the counting.
    private readonly Dictionary<string, List<(string ByField, Data.Import.ValueCounts.BesideColumn Counted)>> _countedBeside = new(StringComparer.Ordinal);
    // Fixed-point fields whose amounts are counted by band at import (Data.Import.AmountBands): the column's name there
    // and the rows' member; and the field that filters the year the bands are counted per.
    private readonly Dictionary<string, (string Column, Expression<Func<T, long?>> Amount)> _bandedColumns = new(StringComparer.Ordinal);
    private string? _bandYear;
    // Per banded amount field, its band counts kept beside other fields too (BandsSplitBy): their column there, and the fields.
    private readonly Dictionary<string, (string Column, IReadOnlySet<string> Fields)> _bandSplits = new(StringComparer.Ordinal);
    // The property of T each scalar field tests, where its accessor is one (x => x.Slug): what OnOneIndexedColumn asks the
    // model about.
    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal);
    // The entity and property each scalar field tests through one reference of the row (b => b.SourceDocument.LoaderRevision):
    // what CountOnJoinedIndex asks the model about.
    private readonly Dictionary<string, (string Navigation, Type Entity, string Property)> _joinedColumns = new(StringComparer.Ordinal);
    // Each scalar field's accessor (x => x.Operator): what Apply's `unindexed` wraps in IndexHints.Unindexed (a name with
    // grams only where its values are counted: it then has plain operations too).
    private readonly Dictionary<string, LambdaExpression> _accessors = new(StringComparer.Ordinal);
    // Fields of a stored computed column, each with the column's definition over the row's other columns (FixedPoint's
    // `definedAs`): what Apply's `unindexed` reads in its place.
    private readonly Dictionary<string, LambdaExpression> _definitions = new(StringComparer.Ordinal);
    // Fields whose column leads an index that holds other fields' columns after it (IndexCarries): a term of the field
    // beside terms of those alone is read there, its entries tested, without reading the rows.
    private readonly Dictionary<string, IReadOnlySet<string>> _indexCarries = new(StringComparer.Ordinal);
    // Of those, the fields whose descending index (the field descending, then the key) holds the same columns.
    private readonly HashSet<string> _descendingIndexCarries = new(StringComparer.Ordinal);
    // Sets of fields whose columns lead one index together, then the key (IndexedTogether): equalities of exactly those
    // fields are one range of it, in key order.
    private readonly List<IReadOnlySet<string>> _indexedTogether = [];
    private readonly List<(IReadOnlySet<string> Fields, IReadOnlySet<string> Columns)> _rangesCarry = [];
    // Fields whose indexes hold each value's rows in the order of other fields, ascending and descending (SortedWithinEach):
    // per field, each order's name in the sort and the column it sorts.
    private readonly Dictionary<string, Dictionary<string, string>> _sortedWithinEach = new(StringComparer.Ordinal);
    // Nested objects reached through a key column of T's own (Object's `key`): how to test one through that key
    // (`key IN (SELECT Id FROM … WHERE nested)`), and whether such a test reads indexes only.
    private readonly Dictionary<string, KeyedObject> _keyedObjects = new(StringComparer.Ordinal);

    // Nested objects some of whose fields the row carries itself, kept equal at import (Object's `carries`): a project's
    // budget's year is the project's own year. Lift moves those terms to the row's own fields — for a field carried
    // `alone` only when the nested object is the whole filter and its terms are seeks, or when its terms are one equality
    // and every term beside it is a field its index carries (Object's carriedAlone and testedBeside).
    // An optional nested object's presence (Object's presentWhen): the row's own yes/no field that says it has one.
    private readonly Dictionary<string, (IReadOnlyList<string> Fields, bool Alone, IReadOnlySet<string> Beside, string? Presence)> _carriedFields =
        new(StringComparer.Ordinal);
    // The fields declared by Presence, each with the kept count of the rows without the object (Data.Import.RowCounts), if any.
    private readonly Dictionary<string, string?> _presenceFields = new(StringComparer.Ordinal);

    // The operations a lift `alone` moves: seeks of the row's own index (a contains or a negation of a district is
    // tested on the few units instead of every row's copy).
    private static readonly HashSet<string> SeekOperations = new(StringComparer.Ordinal) { "eq", "in" };

    // Lists of related rows (List) and how to test one through the children's foreign key — `Id IN (SELECT BudgetId FROM
    // Projects WHERE …)` — when it is the whole filter of a count (Apply's keysFrom without keyPerRow).
    // (Null when that form does not serve the operations: ListedThroughKey.)
    private readonly Dictionary<string, Func<Expression, object?, BudgetDbContext, Expression?>> _keyedLists = new(StringComparer.Ordinal);

    private sealed record KeyedObject(string KeyProperty, Func<Expression, object?, BudgetDbContext, bool, Expression> Build,
        Func<object?, Func<Type, string, bool>, bool> OnIndexes);

    // Fields the filter builds but the schema does not show (Hidden): a nested object's term that the row carries
    // (Object's carries) is read through one, and the nested object is the one way to ask for it.
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);

    /// <summary>The fields of the input type (every declared field but the <see cref="Hidden"/> ones).</summary>
    public IReadOnlyCollection<FilterField> Fields => _hidden.Count == 0 ? _fields.Values : [.. _fields.Values.Where(f => !_hidden.Contains(f.Name))];

    /// <summary>
    /// The scalar fields of the row's own that an <c>or</c> of <paramref name="where"/> reads (at its top level, or in an
    /// <c>and</c> or <c>or</c> within), with every scalar field read beside it: what reads the filter in key order, none
    /// read from its index (<see cref="Apply"/>'s <c>unindexed</c>). Null when it has no <c>or</c>, or one that reads a
    /// nested object.
    /// </summary>
    public IReadOnlySet<string>? FieldsOfOr(object? where)
    {
        if (Terms(where) is not { } terms) return null;
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var hasOr = false;
        bool Collect(IDictionary<string, object?> filter)
        {
            foreach (var (name, value) in filter)
            {
                if (value is null) continue;
                if (name is "and" or "or")
                {
                    hasOr |= name == "or";
                    foreach (var item in value as IEnumerable ?? Array.Empty<object>())
                        if (item is IDictionary<string, object?> part && !Collect(part)) return false;
                }
                // (A name with grams keeps them in an or: its contains reads the gram rows, not every row.)
                else if (_accessors.ContainsKey(name) && !_indexedNames.ContainsKey(name)) fields.Add(name);
                else return false;
            }
            return true;
        }
        return Collect(terms) && hasOr ? fields : null;
    }

    /// <summary>The fields a <c>where</c> argument filters by; null when it filters nothing (absent, or <c>{}</c>).</summary>
    public static IDictionary<string, object?>? Terms(object? where) =>
        where is IDictionary<string, object?> { Count: > 0 } filter ? filter : null;

    /// <summary>
    /// Whether <paramref name="where"/> tests one field of the table's own (no <c>and</c>/<c>or</c>) whose column leads an
    /// index (<paramref name="leadsAnIndex"/>, given the entity type and the property's name), or one nested object
    /// reached through an indexed key column of its own (<see cref="Object{TOther, TInput}"/>'s <c>key</c>) whose filter
    /// is such a field of the nested table: an aggregate over the filter, its nested objects tested through their keys
    /// (<see cref="Apply"/>'s <c>keysFrom</c>), then reads those indexes, one small entry per row, not the rows.
    /// </summary>
    public bool OnOneIndexedColumn(object? where, Func<Type, string, bool> leadsAnIndex)
    {
        if (Terms(where) is not { Count: 1 } filter) return false;
        var (field, value) = filter.Single();
        if (_columns.TryGetValue(field, out var property)) return leadsAnIndex(typeof(T), property);
        return _keyedObjects.TryGetValue(field, out var keyed) && keyed.OnIndexes(value, leadsAnIndex);
    }

    /// <summary>
    /// Of a filter of one field read through a reference of the row (a budget's document's loader revision) whose column
    /// an index of the referenced table holds alone (<paramref name="indexedAlone"/>, given that entity type and the
    /// property's name), the reference one to one (the model's foreign key unique): how to count the referenced rows that pass, up to a given number, on that index alone, no row of
    /// this table joined — as many as the rows that reference them or more (each row references one, and, one to one,
    /// no other row the same): never fewer than the filter's rows. Null for any other filter.
    /// </summary>
    public Func<int, CancellationToken, Task<int>>? CountOnJoinedIndex(BudgetDbContext db, object? where, Func<Type, string, bool> indexedAlone)
    {
        if (Terms(where) is not { Count: 1 } filter || !_joinedColumns.TryGetValue(filter.Single().Key, out var joined)
            || !indexedAlone(joined.Entity, joined.Property)
            || db.Model.FindEntityType(typeof(T))?.FindNavigation(joined.Navigation)?.ForeignKey is not { IsUnique: true })
            return null;
        var (field, value) = filter.Single();
        var row = Expression.Parameter(joined.Entity, "r");
        var passes = Expression.Lambda(_operations[field](Expression.Property(row, joined.Property), value), row);
        FilterTerms.Check(passes.Body);
        var count = CountAtMostMethod.MakeGenericMethod(joined.Entity);
        return (atMost, ct) => (Task<int>)count.Invoke(null, [db, passes, atMost, ct])!;
    }

    private static readonly MethodInfo CountAtMostMethod =
        typeof(FilterSpec<T>).GetMethod(nameof(CountAtMost), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> CountAtMost<TRow>(BudgetDbContext db, LambdaExpression passes, int atMost, CancellationToken cancellationToken)
        where TRow : class =>
        db.Set<TRow>().AsNoTracking().Where((Expression<Func<TRow, bool>>)passes).Take(atMost).CountAsync(cancellationToken);

    /// <summary>
    /// <paramref name="where"/> without its top-level terms of a referenced row's column (a budget's document's loader
    /// revision) that every referenced row passes — so every row of T does, each referencing one (the foreign key
    /// required, the column not null). Only ranges are weighed (<c>eq gt gte lt lte</c>): a value between two that pass
    /// passes too, so the column's lowest and highest values (<paramref name="leadsAnIndex"/>: one seek at each end of
    /// its index) tell. After a load every document is the current loader's, and its revision beside a broad term joined
    /// every budget to its document to test it (issue 8: beside <c>incomeTotal: { gte: 100 }</c> at 50,005 disclosures,
    /// 119 ms); without it the other term is counted on its kept counts. The object itself when nothing is dropped.
    /// </summary>
    /// <remarks>Like <see cref="MatchOnCountedValuesAsync"/>'s, the answer is the database's of the moment: a field whose
    /// filter lost a term must not keep its translated command for later requests (<see cref="Loading.CachedCommands"/>).</remarks>
    public async Task<object?> WithoutTermsEveryReferencedRowPassesAsync(BudgetDbContext db, object? where,
        Func<Type, string, bool> leadsAnIndex, CancellationToken cancellationToken)
    {
        if (_joinedColumns.Count == 0 || Terms(where) is not { } terms) return where;
        Dictionary<string, object?>? remaining = null;
        foreach (var (field, value) in terms)
        {
            if (!_joinedColumns.TryGetValue(field, out var joined)
                || value is not IDictionary<string, object?> { Count: > 0 } operations
                || operations.Any(o => o.Value is null || !RangeOperations.Contains(o.Key))
                || !leadsAnIndex(joined.Entity, joined.Property)
                || db.Model.FindEntityType(typeof(T))?.FindNavigation(joined.Navigation) is not { IsOnDependent: true, ForeignKey.IsRequired: true }
                || db.Model.FindEntityType(joined.Entity)?.FindProperty(joined.Property) is not { IsNullable: false } property)
                continue;
            var passes = (Func<object, bool>)PassesMethod.MakeGenericMethod(property.ClrType).Invoke(this, [field, value])!;
            var ends = await (Task<object[]>)ColumnEndsMethod.MakeGenericMethod(joined.Entity, property.ClrType)
                .Invoke(null, [db, joined.Property, cancellationToken])!;
            if (!ends.All(passes)) continue;
            remaining ??= new Dictionary<string, object?>(terms, StringComparer.Ordinal);
            remaining.Remove(field);
        }
        return remaining ?? where;
    }

    // The operations whose passing values are one range of the column (see WithoutTermsEveryReferencedRowPassesAsync).
    private static readonly HashSet<string> RangeOperations = new(StringComparer.Ordinal) { "eq", "gt", "gte", "lt", "lte" };

    private static readonly MethodInfo ColumnEndsMethod =
        typeof(FilterSpec<T>).GetMethod(nameof(ColumnEnds), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo PassesMethod =
        typeof(FilterSpec<T>).GetMethod(nameof(Passes), BindingFlags.NonPublic | BindingFlags.Instance)!;

    // The lowest and highest values of a column (none when the table is empty), each read from one end of its index.
    private static async Task<object[]> ColumnEnds<TRow, TValue>(BudgetDbContext db, string property, CancellationToken cancellationToken)
        where TRow : class
    {
        var row = Expression.Parameter(typeof(TRow), "r");
        var column = Expression.Lambda<Func<TRow, TValue>>(Expression.Property(row, property), row);
        var rows = db.Set<TRow>().AsNoTracking();
        var lowest = await rows.OrderBy(column).Select(column).Take(1).ToListAsync(cancellationToken);
        if (lowest.Count == 0) return [];
        var highest = await rows.OrderByDescending(column).Select(column).Take(1).ToListAsync(cancellationToken);
        return [lowest[0]!, highest[0]!];
    }

    // Whether one value of a field's column passes the field's operations, tested in memory (interpreted, not compiled:
    // a few nodes, tested twice).
    private Func<object, bool> Passes<TValue>(string field, object? operations)
    {
        var value = Expression.Parameter(typeof(TValue), "v");
        var test = Expression.Lambda<Func<TValue, bool>>(_operations[field](value, operations), value).Compile(preferInterpretation: true);
        return v => test((TValue)v);
    }

    /// <summary>
    /// Whether <paramref name="where"/> tests a nested object through a key column of T's own at its top level (<see
    /// cref="Object{TOther, TInput}"/>'s <c>key</c>), and every such key has an index of that column alone
    /// (<paramref name="indexedAlone"/>, given the entity type and the property's name): such an index holds each key
    /// value's rows in key order (SQLite's rowid, SQL Server's clustered key, after the column), so a page in key order
    /// read through the keys (<see cref="Apply"/>'s <c>keysFrom</c>) seeks each matching nested row's first rows and
    /// stops there, once the page is full (SQLite's ordered IN loop), instead of sorting every match.
    /// </summary>
    public bool PagesThroughKeys(object? where, Func<Type, string, bool> indexedAlone) =>
        Terms(where) is { } filter && KeysAndOthers(filter) is { Keyed.Count: > 0 } split
        && split.Keyed.All(field => indexedAlone(typeof(T), _keyedObjects[field].KeyProperty));

    /// <summary>
    /// The <c>eq</c> terms (of a non-null value) at <paramref name="where"/>'s top level, beside at least one other term,
    /// whose column an index holds in key order after it (<paramref name="inKeyOrderAfter"/>, given the entity type and
    /// the property's name: an index of the column alone, or of the column then the key), each as a filter of its own:
    /// such an index gives that value's first and last keys by one seek at each end, bounds of every match's key.
    /// </summary>
    public IReadOnlyList<IDictionary<string, object?>> EqualitiesInKeyOrder(object? where, Func<Type, string, bool> inKeyOrderAfter) =>
        Terms(where) is { Count: > 1 } filter
            ? [.. filter.Where(t => IsEquality(t.Value) && _columns.TryGetValue(t.Key, out var column) && inKeyOrderAfter(typeof(T), column))
                .Select(t => (IDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal) { [t.Key] = t.Value })]
            : [];

    /// <summary>
    /// What <paramref name="where"/> holds at its top level beside its nested objects tested through key columns of T's
    /// own (<see cref="Object{TOther, TInput}"/>'s <c>key</c>): nothing, only columns that an index holds right after every
    /// such key (<paramref name="indexedAfter"/>, given the entity type, the key's property and the column's: a unit's rows
    /// of one year, <c>UnitId, FiscalYear</c>) — whose aggregate reads one range of that index per nested row — or other
    /// terms, whose own index the database may read instead.
    /// </summary>
    public TermsBesideKeys TermsBesideKeysOf(object? where, Func<Type, string, string, bool> indexedAfter)
    {
        if (Terms(where) is not { } filter) return TermsBesideKeys.None;
        var (keyed, others) = KeysAndOthers(filter);
        if (others.Count == 0) return TermsBesideKeys.None;
        return keyed.Count > 0 && others.All(field => _columns.TryGetValue(field, out var column)
            && keyed.All(key => indexedAfter(typeof(T), _keyedObjects[key].KeyProperty, column)))
            ? TermsBesideKeys.IndexedAfterKeys
            : TermsBesideKeys.Other;
    }

    /// <summary>
    /// The fields at <paramref name="where"/>'s top level beside its nested objects tested through key columns whose
    /// values are counted at import (<c>countedAs</c>), each as a filter of its own; the nested objects alone; and how many
    /// terms there are beside them, counted or not. A term's kept count against the keys' rows tells which one the
    /// database should read first (<see cref="Apply"/>'s <c>unindexed</c>).
    /// </summary>
    public (IReadOnlyList<(string Field, IDictionary<string, object?> Alone)> Counted, IDictionary<string, object?> Keys, int Others)? CountedTermsBesideKeys(object? where)
    {
        if (Terms(where) is not { } filter) return null;
        var (keyed, others) = KeysAndOthers(filter);
        if (keyed.Count == 0) return null;
        var counted = others.Where(_countedColumns.ContainsKey)
            .Select(field => (field, (IDictionary<string, object?>)new Dictionary<string, object?> { [field] = filter[field] })).ToList();
        return (counted, keyed.ToDictionary(field => field, field => filter[field]), others.Count);
    }

    // The filter's nested objects tested through keys (their fields; _keyedObjects gives each one's key property), and its
    // other fields (null terms left out).
    private (List<string> Keyed, List<string> Others) KeysAndOthers(IDictionary<string, object?> filter)
    {
        var terms = filter.Where(t => t.Value is not null).Select(t => t.Key).ToList();
        return (terms.Where(_keyedObjects.ContainsKey).ToList(), terms.Where(field => !_keyedObjects.ContainsKey(field)).ToList());
    }

    /// <summary>
    /// Whether <paramref name="operations"/> are a <c>startsWith</c> alone of the name with a gram index
    /// <paramref name="field"/> (<see cref="IndexedName"/>), read as a range of the name's own index: on SQLite as
    /// <see cref="NameGramFilter"/> writes it (<see cref="NameSearch.SqlitePrefixRange"/>: name &gt;= p AND name &lt; p′),
    /// on SQL Server its <c>LIKE 'p%'</c> by itself.
    /// </summary>
    public bool IsNamePrefixRange(string field, IDictionary<string, object?> operations, bool sqlite) =>
        _indexedNames.ContainsKey(field) && operations is { Count: 1 } && operations.TryGetValue("startsWith", out var prefix)
        && prefix is string p && (!sqlite || NameSearch.SqlitePrefixRange(p) is not null);

    /// <summary>Whether <paramref name="where"/> reads the name grams (an indexed name's <c>contains</c> or <c>startsWith</c>,
    /// at any depth): such a filter has plans of its own, tuned for the orders it is paged in (<see cref="NameGramFilter"/>).</summary>
    public bool ReadsNameGrams(object? where) => Terms(where) is { } filter && NameGramFilter.HasMarkers(Build(_parameter, filter));

    /// <param name="sqlite">Whether <paramref name="source"/> runs on SQLite: a <c>startsWith</c> on an indexed name is
    /// then also a range of the name's index (<see cref="NameGramFilter"/>), and any other <c>startsWith</c>/<c>endsWith</c>
    /// a case-sensitive GLOB (<see cref="CaseSensitiveAffixes"/>).</param>
    /// <param name="orderedBy">The first key of the order the rows will be sorted in (<see cref="Sorting.SortSpec{T}.LeadingKey"/>);
    /// null when they are sorted by their key (<see cref="NameGramFilter"/>).</param>
    /// <param name="keysFrom">When given, a nested object reached through a key column of T's own (<see cref="Object{TOther, TInput}"/>'s
    /// <c>key</c>) at the filter's top level is tested through that key — <c>UnitId IN (SELECT Id FROM Units WHERE …)</c>
    /// — instead of a join: for an aggregate, which visits every match, it reads the nested table's index and the key's
    /// instead of every row and its nested row (the projects of 南岸区's units at 5,005 disclosures: 19 → 0.7 ms). For a
    /// page in key order only where <see cref="PagesThroughKeys"/> says so: over a key whose index orders it with other
    /// columns (a budget's UnitId, then FiscalYear) the <c>IN</c> form sorts every match.</param>
    /// <param name="keyPerRow">With <paramref name="keysFrom"/>: each row's nested row is looked up by its key instead —
    /// <c>EXISTS (SELECT 1 FROM Units WHERE Id = UnitId AND …)</c> — which the database can only test row by row, in the
    /// order it reads the rows: a page in key order from a known first key (or among the first keys) reads the table by
    /// key from there, as the join may, but never starts from the nested table's index and sorts every match (SQLite
    /// does that with the join under a nested equality: the page of 江北区's indicators at 50,005 disclosures 109 ms,
    /// 0.07 ms this way at 5,005).</param>
    /// <param name="unindexed">Fields at the top level whose column is read through <see cref="IndexHints.Unindexed(string)"/>:
    /// SQLite then does not start from that column's index (a term that matches more rows than the nested objects' keys
    /// list; <see cref="CountedTermsBesideKeys"/>). The same rows match.</param>
    public IQueryable<T> Apply(IQueryable<T> source, object? where, bool sqlite = false, string? orderedBy = null,
        BudgetDbContext? keysFrom = null, bool keyPerRow = false, IReadOnlySet<string>? unindexed = null)
    {
        if (Terms(where) is not { } filter) return source;
        var body = Build(_parameter, filter, keysFrom, keyPerRow, unindexed);
        FilterTerms.Check(body);
        body = NameGramFilter.Bind(body, source.Expression, sqlite, orderedBy);
        // SQLite's LIKE ignores ASCII case; startsWith/endsWith are case-sensitive like eq and contains.
        if (sqlite) body = CaseSensitiveAffixes.Apply(body);
        return source.Where(Expression.Lambda<Func<T, bool>>(body, _parameter));
    }

    /// <summary>
    /// How to count the rows <paramref name="where"/> matches when the gram index answers it (<see cref="Grams"/>):
    /// a name's <c>contains</c> of one gram alone reads that gram's count kept at import
    /// (<see cref="NameSearch.CountExactlyAsync"/>: one row). With conditions on the carried field it reads the counts
    /// kept at import of the numbers the gram's names carry (<see cref="NameGramValueCount"/>: one row per distinct
    /// number of the gram): when the conditions keep no name without a number (<c>lt</c>, <c>gte</c>, <c>eq</c> a number …)
    /// the sum of the numbers they keep; when they keep those names too (<c>eq: null</c>, <c>neq</c>, <c>ngt</c> …) the
    /// gram's count less the sum of the numbers they leave out. Conditions that cannot be tried on null in memory
    /// (<c>in</c>, <c>nin</c>: their list is a parameter only SQL reads) are counted on the gram rows' range — unless the
    /// carried field is never null (a card's year, on every gram row of its name): then any conditions sum the numbers
    /// they keep. Null when the gram index does not answer the filter.
    /// </summary>
    public Func<CancellationToken, Task<int>>? GramCount(BudgetDbContext db, object? where)
    {
        if (Grams(where) is not { } found) return null;
        var (kind, pattern) = (found.Kind, found.Pattern);
        if (found.Carried.Count == 0)
            return ct => NameSearch.CountExactlyAsync(db.NameGramCounts.AsNoTracking(), kind, pattern, ct);
        var values = NameSearch.ValueCountsExactly(db.NameGramValueCounts.AsNoTracking(), kind, pattern);
        var kept = Carried<NameGramValueCount>(found.Carried, nameof(NameGramValueCount.Value));
        // (Where every gram row carries a number, no null is kept: the sum of the numbers kept, whatever the conditions.)
        switch (found.CarriedNeverNull ? false : KeepsNull(found.Carried))
        {
            case false:
                return ct => values.Where(kept).SumAsync(c => c.Count, ct);
            case true:
                var left = Expression.Lambda<Func<NameGramValueCount, bool>>(Expression.Not(kept.Body), kept.Parameters);
                return async ct => await NameSearch.CountExactlyAsync(db.NameGramCounts.AsNoTracking(), kind, pattern, ct)
                                   - await values.Where(left).SumAsync(c => c.Count, ct);
            default:
                return NameSearch.Exactly(db.NameGrams.AsNoTracking(), kind, pattern)
                    .Where(Carried<NameGram>(found.Carried, nameof(NameGram.Value))).CountAsync;
        }
    }

    /// <summary>
    /// The rows of a page when the gram index alone answers <paramref name="where"/> and nothing else is asked of the rows
    /// (a name's <c>contains</c> of one gram, <see cref="Grams"/>, and conditions on the number its rows carry), in an
    /// order the gram rows hold: the key's (no order asked: their key is Kind, Gram, EntityId; with an <c>eq</c> of the
    /// carried number, one range of <c>IX_NameGrams_Kind_Gram_Value</c>, which holds the key after the number: a card
    /// name's gram beside a year) or, without conditions on the number, the order whose value they carry (<c>carriedOrder</c> of
    /// <see cref="IndexedName"/>: units by slug, <c>IX_NameGrams_Kind_Gram_Slug</c>). The names having the gram are
    /// exactly the rows that match, so the page's ids are that index range's window — <c>id IN (SELECT EntityId … ORDER BY
    /// EntityId LIMIT n OFFSET m)</c>, as many entries as the page — where the filter's own query lists every match's id
    /// before the first row, or tests the name on the order's index until the page is full (1,001 units have 南坪 at
    /// 5,005 disclosures: 0.25 ms of SQLite; 4,001 at 20,005: 1.0 ms; the window: 0.04 ms at both; by slug, the 20th
    /// match is the 1,023rd entry of the slug index at 5,005: 0.12 ms, the window 0.03 ms). The rows returned
    /// are not sorted: the caller sorts them by the order asked (a page's rows, re-sorted). <paramref name="source"/> is
    /// the entity's whole set (as <see cref="GramCount"/>, which counts the same rows). Null when the index does not
    /// answer the filter alone or does not hold the order (then <see cref="Apply"/> and the order's own query serve).
    /// </summary>
    /// <param name="leadingKey">The first key of the order asked (<see cref="Sorting.SortSpec{T}.LeadingKey"/>); null for the key's order.</param>
    /// <param name="descending">Whether that key is sorted descending; for the key's order, whether the window is counted
    /// from the end (a last page read in the reverse order: Paging's <c>readFromEnd</c>).</param>
    /// <remarks><paramref name="source"/> is only called when the returned page is built: a request whose page command
    /// is cached (its translation kept) makes no query root on its context.</remarks>
    public Func<int, int, IQueryable<T>>? GramOrderPage(Func<IQueryable<T>> source, BudgetDbContext db, object? where,
        string? leadingKey = null, bool descending = false)
    {
        if (Grams(where) is not { } found) return null;
        if (leadingKey is not null && (leadingKey != found.CarriedOrder || found.Carried.Count > 0)) return null;
        var (kind, pattern, id) = (found.Kind, found.Pattern, found.Id);
        var carried = found.Carried.Count == 0 ? null : Carried<NameGram>(found.Carried, nameof(NameGram.Value));
        return (offset, limit) =>
        {
            var grams = NameSearch.Exactly(db.NameGrams.AsNoTracking(), kind, pattern);
            if (carried is not null) grams = grams.Where(carried);
            // offset and limit are captured: EF Core sends them as parameters (one cached plan for every page). The carried
            // order is unique (a slug): the window of its index is the page; "Slug IS NOT NULL" lets both engines use the
            // filtered index (only unit grams carry a slug).
            Expression<Func<IQueryable<NameGram>, IQueryable<int>>> window = leadingKey is null
                ? descending
                    ? rows => rows.OrderByDescending(g => g.EntityId).Skip(offset).Take(limit).Select(g => g.EntityId)
                    : rows => rows.OrderBy(g => g.EntityId).Skip(offset).Take(limit).Select(g => g.EntityId)
                : descending
                    ? rows => rows.Where(g => g.Slug != null).OrderByDescending(g => g.Slug).Skip(offset).Take(limit).Select(g => g.EntityId)
                    : rows => rows.Where(g => g.Slug != null).OrderBy(g => g.Slug).Skip(offset).Take(limit).Select(g => g.EntityId);
            return source().Where(KeyAmong(ParameterReplacer.Apply(window, grams.Expression), id));
        };
    }

    private static readonly MethodInfo QueryableAny = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 2);

    // x => ids.Contains(id(x)), the ids' query expression in the tree (EF Core translates it to IN (SELECT …)).
    private static Expression<Func<T, bool>> KeyAmong(Expression ids, Expression<Func<T, int>> id) =>
        Expression.Lambda<Func<T, bool>>(Expression.Call(QueryableIntContains, ids, id.Body), id.Parameters[0]);

    private static readonly MethodInfo QueryableIntContains = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    /// <summary>The conditions on the carried number, applied to property <paramref name="value"/> of <typeparamref name="TRow"/>.</summary>
    private static Expression<Func<TRow, bool>> Carried<TRow>(List<Func<Expression, Expression>> conditions, string value)
    {
        var row = Expression.Parameter(typeof(TRow), "g");
        var number = Expression.Property(row, value);
        return Expression.Lambda<Func<TRow, bool>>(conditions.Select(c => c(number)).Aggregate(Expression.AndAlso), row);
    }

    // Whether the conditions on the carried number keep a name that carries none (a null target), which has no count of
    // its number (NameGramValueCount) but is in its gram's count (NameGramCount). The conditions are the filter's own
    // expressions, run here on null with C#'s semantics — those EF Core gives them in SQL; null when they cannot run in
    // memory.
    private static bool? KeepsNull(List<Func<Expression, Expression>> conditions)
    {
        var number = Expression.Parameter(typeof(long?), "value");
        try
        {
            var body = conditions.Select(c => c(number)).Aggregate(Expression.AndAlso);
            return Expression.Lambda<Func<long?, bool>>(body, number).Compile(preferInterpretation: true)(null);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// What stands one for one for the rows <paramref name="where"/> matches, when the gram index alone answers it: the
    /// filter is exactly one indexed name's <c>contains</c> of one gram (<see cref="NameSearch.IsOneGram"/>: then a name
    /// contains it if and only if it has the gram), or its <c>startsWith</c> of one gram where the name's start is indexed
    /// too (a start kind: the name starts with it if and only if that is its start gram), and, besides, only conditions on the field whose number the grams
    /// carry (<see cref="NameGram.Value"/>, e.g. an indicator's <c>numericTarget</c>) — returned as the gram's kind and
    /// pattern, and the conditions, each to be built on a number (the same operations as on the field). Null otherwise.
    /// </summary>
    private (NameGramKind Kind, string Pattern, List<Func<Expression, Expression>> Carried, string? CarriedOrder, Expression<Func<T, int>> Id,
        bool CarriedNeverNull)? Grams(object? where)
    {
        if (where is not IDictionary<string, object?> filter) return null;
        (NameGramKind Kind, string? Carried, string? CarriedOrder, string Pattern, Expression<Func<T, int>> Id)? name = null;
        var others = new List<(string Field, object Value)>();
        foreach (var (field, value) in filter)
        {
            if (value is null) continue;
            if (name is null && _indexedNames.TryGetValue(field, out var indexed) && value is IDictionary<string, object?> { Count: 1 } ops
                && OneGram(indexed.Kind, indexed.StartKind, ops) is var (kind, pattern))
                name = (kind, indexed.Carried, indexed.CarriedOrder, pattern, indexed.Id);
            else others.Add((field, value));
        }
        if (name is not { } found) return null;
        var carried = new List<Func<Expression, Expression>>();
        foreach (var (field, value) in others)
        {
            if (field != found.Carried || CarriedCondition(field, value) is not { } condition) return null;
            carried.Add(condition);
        }
        return (found.Kind, found.Pattern, carried, found.CarriedOrder, found.Id, found.Carried is { } carriedField && IsNeverNull(carriedField));
    }

    // Whether a field's member is of a non-nullable type (a card's year): every gram row of a name carrying it has a number.
    private bool IsNeverNull(string field) =>
        _accessors.TryGetValue(field, out var accessor) && accessor.Body.Type.IsValueType && Nullable.GetUnderlyingType(accessor.Body.Type) is null;

    private static bool IsInteger(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(int);

    // The operations of a carried field's term, to be built on the gram rows' number. An integer field (a card's year) is
    // carried as the column's 64-bit number: its values are compared as such, the column itself never converted (which
    // would hide it from the index on SQL Server).
    private Func<Expression, Expression>? CarriedCondition(string field, object value) =>
        !_operations.TryGetValue(field, out var operations) ? null
        : IsInteger(_accessors[field].Body.Type)
            ? number => ComparableOperations.Build(number, value, o => Convert.ToInt64(o, CultureInfo.InvariantCulture))
            : number => operations(number, value);

    /// <summary>
    /// An indexed name's <c>contains</c> of a pattern with more than one gram (one gram: <see cref="Grams"/>) beside
    /// conditions on the field its gram rows carry and no other term, where every gram row carries that field (a card's
    /// name beside its year, <see cref="NameGram.Value"/>): the name's kind, its filter alone, pattern and key, the
    /// carried field and the conditions on the gram rows' number. Every match is then among the rows of any gram of the
    /// pattern that pass the conditions (<see cref="CountBesideCarried"/>, <see cref="Loading.GramKeyOrderPage"/>). Null
    /// otherwise.
    /// </summary>
    public (NameGramKind Kind, IDictionary<string, object?> Name, string Pattern, Expression<Func<T, int>> Id, string CarriedField,
        Expression<Func<NameGram, bool>> OnGrams, Expression<Func<NameGramValueCount, bool>> OnCounts)? NameBesideCarried(object? where) =>
        NameBesideCarried(where, nullableCarried: false);

    // nullableCarried: a carried field that may be null too (an indicator's target), under conditions that keep no null
    // (lt 90): then every match's gram rows carry its number, which passes them, and the kept counts of the numbers count
    // exactly the gram rows passing them (a null has none) — the gram rows every match is among (CandidatesOfNameMatch).
    private (NameGramKind Kind, IDictionary<string, object?> Name, string Pattern, Expression<Func<T, int>> Id, string CarriedField,
        Expression<Func<NameGram, bool>> OnGrams, Expression<Func<NameGramValueCount, bool>> OnCounts)? NameBesideCarried(object? where, bool nullableCarried)
    {
        if (Terms(where) is not { } terms) return null;
        (NameGramKind Kind, IDictionary<string, object?> Name, string Pattern, Expression<Func<T, int>> Id, string Carried)? name = null;
        foreach (var (field, value) in terms)
            if (_indexedNames.TryGetValue(field, out var indexed) && indexed.Carried is { } carriedField
                && value is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("contains", out var contains)
                && contains is string pattern && NameGrams.OfPattern(pattern).Count > 1 && (nullableCarried || IsNeverNull(carriedField)))
                name = (indexed.Kind, new Dictionary<string, object?> { [field] = value }, pattern, indexed.Id, carriedField);
        if (name is not { } found) return null;
        var conditions = new List<Func<Expression, Expression>>();
        foreach (var (field, value) in terms)
        {
            if (found.Name.ContainsKey(field) || value is null) continue;
            if (field != found.Carried || CarriedCondition(field, value) is not { } condition) return null;
            conditions.Add(condition);
        }
        return conditions.Count == 0 || (!IsNeverNull(found.Carried) && KeepsNull(conditions) != false) ? null
            : (found.Kind, found.Name, found.Pattern, found.Id, found.Carried, Carried<NameGram>(conditions, nameof(NameGram.Value)),
                Carried<NameGramValueCount>(conditions, nameof(NameGramValueCount.Value)));
    }

    /// <summary>
    /// The rows every match of <paramref name="where"/> is among, when it has a name's <c>contains</c>: a pattern of
    /// one gram (or a start's <c>startsWith</c>), alone or beside conditions on the number its gram rows carry
    /// (<see cref="Grams"/>: exactly the matches, counted as <see cref="GramCount"/> counts them); a pattern of several
    /// grams beside such conditions (<see cref="NameBesideCarried"/>: the rows of the gram fewest rows passing them carry,
    /// <paramref name="passingGram"/>); else, when every other term has a kept count (its values', its bands'), the rows
    /// of the pattern's rarest gram (<see cref="NameSearch.RarestGramAsync"/>) or of the other term that keeps fewer (a
    /// term without a kept count may keep fewer still, and its own index find them sooner: null). Returned: how to read
    /// their number and the term <c>id IN (SELECT …)</c> that keeps a query's rows among them (one range of the gram key,
    /// of <c>IX_NameGrams_Kind_Gram_Value</c> under conditions on the number, or of the rarer term's index), or null. The
    /// same rows match with it or without. Null for any other filter, and in the order of the name searched
    /// (<paramref name="orderedBy"/>): its index holds the name, whose pattern is tested on the entries, no row read.
    /// </summary>
    /// <param name="table">The rows (an amount's term is counted on its bands).</param>
    /// <param name="orderedBy">The first key of the order the rows are read in; null for the key's order.</param>
    /// <param name="passingGram">For a pattern of several grams beside the carried number, that gram and its rows, when
    /// the caller reads them for the count too (<see cref="NameSearch.RarestPassingGramAsync"/> once per request); null: read here.</param>
    /// <param name="rarerTerm">Whether a term rarer than the name's gram may stand for its rows; false over rows about as
    /// wide as a page (a card's), each a page read whichever index lists it: there the order's walk, which stops at the
    /// page, did better (a card's name with 经费 of 一般性项目 by amount at 50,005 disclosures: 26 ms walked, 41 from the
    /// category's 20,002 rows).</param>
    public Func<CancellationToken, Task<(int Rows, Expression<Func<T, bool>> Among)?>>? CandidatesOfNameMatch(BudgetDbContext db,
        Func<IQueryable<T>> table, object? where, string? orderedBy, Func<CancellationToken, Task<(string Gram, int Rows)>>? passingGram = null,
        bool rarerTerm = true)
    {
        if (Terms(where) is not { } terms || orderedBy is not null && _indexedNames.ContainsKey(orderedBy) && terms.ContainsKey(orderedBy)) return null;
        if (Grams(where) is { } exact && GramCount(db, where) is { } count)
        {
            var grams = NameSearch.Exactly(db.NameGrams.AsNoTracking(), exact.Kind, exact.Pattern);
            if (exact.Carried.Count > 0) grams = grams.Where(Carried<NameGram>(exact.Carried, nameof(NameGram.Value)));
            var among = KeyAmong(grams.Select(g => g.EntityId).Expression, exact.Id);
            return async ct => (await count(ct), among);
        }
        if (NameBesideCarried(where, nullableCarried: true) is { } found)
        {
            passingGram ??= ct => NameSearch.RarestPassingGramAsync(db.NameGramValueCounts.AsNoTracking(), found.Kind, found.Pattern, found.OnCounts, ct);
            return async ct =>
            {
                var (gram, rows) = await passingGram(ct);
                return (rows, GramRows(found.Kind, gram, found.Id, found.OnGrams));
            };
        }
        if (terms.Select(t => (Field: t.Key, Contains: NamesContains(t.Key, t.Value))).FirstOrDefault(t => t.Contains is not null)
            is not (var field, var (kind, pattern, id))) return null;
        var others = new List<(IDictionary<string, object?> Alone, Func<CancellationToken, Task<int>> Count)>();
        foreach (var (other, value) in terms)
        {
            if (other == field || value is null) continue;
            var alone = new Dictionary<string, object?>(StringComparer.Ordinal) { [other] = value };
            if ((CountOnValues(db, alone) ?? CountOnBands(db, table, alone)) is not { } counted) return null;
            others.Add((alone, counted));
        }
        return async ct =>
        {
            if (await NameSearch.RarestGramAsync(db.NameGramCounts.AsNoTracking(), kind, pattern, ct) is not { } rarest) return null;
            (IDictionary<string, object?> Alone, int Rows)? rarer = null;
            foreach (var (alone, counted) in others)
                if (await counted(ct) is var rows && rows < (rarer?.Rows ?? rarest.Ids))
                    rarer = (alone, rows);
            // A term rarer than the name's gram (an operator of ≤ beside 满意): the rows of that term, from its own index.
            if (rarer is not null && !rarerTerm) return null;
            return rarer is { } term
                ? (term.Rows, KeyAmong(Apply(table(), term.Alone, db.Database.IsSqlite()).Select(Rebound(id)).Expression, id))
                : (rarest.Ids, GramRows(kind, rarest.Gram, id, onGrams: null));
        };

        Expression<Func<T, bool>> GramRows(NameGramKind kind, string gram, Expression<Func<T, int>> id, Expression<Func<NameGram, bool>>? onGrams)
        {
            var rows = db.NameGrams.AsNoTracking().Where(g => g.Kind == kind && g.Gram == gram);
            return KeyAmong((onGrams is null ? rows : rows.Where(onGrams)).Select(g => g.EntityId).Expression, id);
        }
    }

    // The key's lambda on a parameter of its own: the same one in a subquery and in the predicate around it is one
    // parameter to EF Core, which cannot tell them apart.
    private static Expression<Func<T, int>> Rebound(Expression<Func<T, int>> id)
    {
        var row = Expression.Parameter(typeof(T), "r");
        return Expression.Lambda<Func<T, int>>(ParameterReplacer.Apply(id, row), row);
    }

    // A term that is an indexed name's contains of a pattern with a gram: the name's gram kind, the pattern and the key.
    private (NameGramKind Kind, string Pattern, Expression<Func<T, int>> Id)? NamesContains(string field, object? value) =>
        _indexedNames.TryGetValue(field, out var indexed) && value is IDictionary<string, object?> { Count: 1 } ops
        && ops.TryGetValue("contains", out var contains) && contains is string pattern && NameGrams.OfPattern(pattern).Count > 0
            ? (indexed.Kind, pattern, indexed.Id)
            : null;

    /// <summary>
    /// How to count the rows of a name's <c>contains</c> beside conditions on the number its gram rows carry
    /// (<see cref="NameBesideCarried"/>): the rows of the pattern's gram that fewest rows passing the conditions carry (its
    /// kept counts of each number summed), each tested for the name — not every row of the carried field's value (工作经费
    /// beside 2024 at 50,005 disclosures: the 280,028 cards of 2024 read, each name tested, 245 ms; the 10,001 cards of
    /// 作经's rows of 2024, 35). Where those gram rows are more than half the carried field's own rows (工作经费 beside 2025:
    /// 140,014 of 170,017), the field's rows are read, as the filter's own count reads them (a row sought per gram row
    /// cost more: 312 ms against 272). Null for any other filter.
    /// </summary>
    /// <param name="rarestPassing">That gram and its rows passing the conditions, when the caller reads them for the page
    /// too (<see cref="NameSearch.RarestPassingGramAsync"/> once per request); null: read here.</param>
    public Func<CancellationToken, Task<int>>? CountBesideCarried(BudgetDbContext db, Func<IQueryable<T>> table, object? where,
        Func<CancellationToken, Task<(string Gram, int Rows)>>? rarestPassing = null)
    {
        if (NameBesideCarried(where) is not { } found) return null;
        var carriedAlone = Terms(where)!.Where(t => !found.Name.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var carriedRows = CountOnValues(db, carriedAlone);
        rarestPassing ??= ct => NameSearch.RarestPassingGramAsync(db.NameGramValueCounts.AsNoTracking(), found.Kind, found.Pattern, found.OnCounts, ct);
        return async ct =>
        {
            var (gram, rows) = await rarestPassing(ct);
            if (carriedRows is not null && (long)rows * 2 > await carriedRows(ct))
                return await Apply(table(), where, db.Database.IsSqlite()).CountAsync(ct);
            var ids = db.NameGrams.AsNoTracking().Where(g => g.Kind == found.Kind && g.Gram == gram).Where(found.OnGrams).Select(g => g.EntityId);
            return await Apply(table(), found.Name, db.Database.IsSqlite()).Where(KeyAmong(ids.Expression, found.Id)).CountAsync(ct);
        };
    }

    /// <summary>
    /// The indexed name's <c>contains</c> of a filter whose page in key order would read the table row by row: the
    /// name's gram kind, pattern (with at least one gram) and key, when every other term is read past its index
    /// (<paramref name="unindexed"/>: the name was judged the rarest term, <c>EntityQueries.ReadFromRarestAsync</c>) or
    /// there is none. Its rarest gram's rows in key order hold every match in key order
    /// (<see cref="Loading.GramKeyOrderPage"/>). Null for any other filter: another term's index may find a page sooner.
    /// </summary>
    public (NameGramKind Kind, string Pattern, Expression<Func<T, int>> Id)? KeyOrderGramTerm(object? where, IReadOnlySet<string>? unindexed)
    {
        if (Terms(where) is not { } terms) return null;
        (NameGramKind Kind, string Pattern, Expression<Func<T, int>> Id)? found = null;
        foreach (var (field, value) in terms)
        {
            if (value is null) continue;
            if (found is null && NamesContains(field, value) is { } contains)
                found = contains;
            else if (unindexed?.Contains(field) != true)
                return null;
        }
        return found;
    }

    // The gram kind and pattern of one operation the gram rows answer exactly: a contains of one gram (a name contains it
    // if and only if it has that gram), or a startsWith of one gram where the name's start is indexed (a name starts
    // with it if and only if that is its start gram, NameGrams.Start).
    private static (NameGramKind Kind, string Pattern)? OneGram(NameGramKind kind, NameGramKind? startKind, IDictionary<string, object?> ops) =>
        ops.TryGetValue("contains", out var contains) && contains is string pattern && NameSearch.IsOneGram(pattern) ? (kind, pattern)
        : startKind is { } start && ops.TryGetValue("startsWith", out var startsWith) && startsWith is string prefix && NameSearch.IsOneGram(prefix)
            ? (start, prefix)
            : null;

    /// <summary>
    /// <paramref name="where"/> with the terms of nested objects that the row carries itself (<see cref="Object"/>'s
    /// <c>carries</c>) moved to the row's own fields: <c>{ budget: { year: { eq: 2024 } } }</c> of projects is
    /// <c>{ year: { eq: 2024 } }</c>, the same rows, which the project's own year answers — from the counts kept at
    /// import and its index, with no budget read (at 50,005 disclosures the budgets of 2024 listed and each project's
    /// budget key tested: 44 ms counted). Only a nested object all of whose terms the row carries, and none of them
    /// tested on the row's own field already, is replaced by them: with another term beside them the budgets' keys
    /// list is the narrower read, where a common year beside that list would be read from its own index (the cards of
    /// 2024 whose budget procures 100 万元 or more at 5,005 disclosures: 9.5 ms through the budgets, 37 with the year
    /// lifted). A field carried <c>alone</c> (Object's <c>carriedAlone</c>: a unit's district on budgets, cards and
    /// indicators) moves only when its object is the whole filter and its terms are <c>eq</c> or <c>in</c>, or when they
    /// are one <c>eq</c> and every other term is a field Object's <c>testedBeside</c> names (an indicator's year, core
    /// mark, operator or level: the district's index carries their columns, <see cref="TestedOnCarriedIndex"/>). The
    /// object itself when nothing moves.
    /// </summary>
    public object? Lift(object? where) => Lift(where, seeksBesideAnything: false);

    // seeksBesideAnything: a carried field's seek (eq, or in of values) is lifted whatever stands beside it — for a count
    // on the kept combinations alone (CountedCombinations), where the rows' order does not matter: the same rows, the
    // copies kept equal at import. (For the page, an `in` beside other terms stays on the nested object: several ranges
    // of the row's index are not one in key order.)
    private object? Lift(object? where, bool seeksBesideAnything)
    {
        // Again until nothing moves: a card's budget's unit, once lifted to the card's unit, may carry a term of its own.
        var lifted = LiftOnce(where, seeksBesideAnything);
        return ReferenceEquals(lifted, where) ? where : Lift(lifted, seeksBesideAnything);
    }

    private object? LiftOnce(object? where, bool seeksBesideAnything)
    {
        if (_carriedFields.Count == 0 || Terms(where) is not { } terms) return where;
        Dictionary<string, object?>? lifted = null;
        foreach (var (name, (carried, alone, beside, presence)) in _carriedFields)
        {
            var current = (IDictionary<string, object?>?)lifted ?? terms;
            if (!current.TryGetValue(name, out var value) || value is not IDictionary<string, object?> nested) continue;
            if (nested.Count == 0 || !nested.Keys.All(field => carried.Contains(field) && !current.ContainsKey(field))) continue;
            // Any other operations of one carried field, as the whole filter, with the object's presence beside them: a
            // row without one carries null, which those operations may match (eq: null, neq, nin).
            var withPresence = alone && presence is not null && current.Count == 1 && nested.Count == 1 && !nested.Values.All(IsSeek)
                               && nested.Values.All(v => v is not null);
            if (alone && !withPresence && !((current.Count == 1 || seeksBesideAnything) && nested.Values.All(IsSeek))
                && !(nested.Values.All(IsEquality) && current.Keys.All(field => field == name || beside.Contains(field)))) continue;
            lifted ??= new Dictionary<string, object?>(terms, StringComparer.Ordinal);
            lifted.Remove(name);
            foreach (var (field, term) in nested) lifted[field] = term;
            if (withPresence) lifted[presence!] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = true };
        }
        return lifted ?? where;
    }

    // A seek of values (eq, in), none null. (An `in` listing null is not one: a row whose nested object is missing
    // carries null, and through the nested object it matches nothing.)
    private static bool IsSeek(object? operations) =>
        operations is IDictionary<string, object?> { Count: > 0 } ops
        && ops.All(o => SeekOperations.Contains(o.Key) && (o.Value is IEnumerable and not string ? ListedValues(o.Value) is not null : o.Value is not null));

    // The items of an `in` list, none of them null; null when one is, or when it is no list.
    private static List<object>? ListedValues(object? list) =>
        list is IEnumerable items and not string && items.Cast<object?>().ToList() is var values && values.All(v => v is not null)
            ? values.Cast<object>().ToList()
            : null;

    // One eq of a value: a single range of the carried field's index, in key order after it.
    private static bool IsEquality(object? operations) =>
        operations is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("eq", out var value) && value is not null;

    /// <summary>
    /// The terms of a lifted filter (<see cref="Lift"/>) that stand beside a carried field's <c>eq</c> and that its index
    /// carries (Object's <c>testedBeside</c>): to be read through <see cref="IndexHints.Unindexed(string)"/>
    /// (<see cref="Apply"/>'s <c>unindexed</c>), so that SQLite, which keeps no statistics here, reads the carried field's
    /// range — in key order, those terms tested in its index entries — rather than one term's own index, a third or a
    /// tenth of the table (a year, a core mark). Null when the filter has no such pair.
    /// </summary>
    public IReadOnlySet<string>? TestedOnCarriedIndex(object? where)
    {
        if (Terms(where) is not { } terms) return null;
        foreach (var (_, (carried, _, beside, _)) in _carriedFields)
        {
            if (beside.Count == 0 || !carried.All(field => terms.TryGetValue(field, out var term) && IsEquality(term))) continue;
            var others = terms.Where(t => t.Value is not null && !carried.Contains(t.Key)).Select(t => t.Key).ToList();
            if (others.Count > 0 && others.All(beside.Contains)) return others.ToHashSet(StringComparer.Ordinal);
        }
        return null;
    }

    /// <summary>The most values <see cref="SplitByCarriedValues"/> splits a filter into: each is a read of its own.</summary>
    public const int MaxSplitValues = 8;

    /// <summary>
    /// A filter of a nested object whose one term is an <c>in</c> of several values of a field the row carries
    /// (<see cref="Object"/>'s <c>carriedAlone</c>), beside terms its index carries (<c>testedBeside</c>) — several
    /// districts' indicators of a year or core mark — as one lifted filter per value: the carried field's <c>eq</c> of it
    /// and the same terms beside (<see cref="TestedOnCarriedIndex"/>), whose rows together are the filter's (a row holds
    /// one value; the values are distinct and not null, the row's copy is its nested object's). Each is read on the
    /// carried field's index in key order; an <c>in</c> there is read as a list, every match of every value sorted, and
    /// through the nested objects' keys each one is sought (at 50,005 disclosures, 北碚区's and 江北区's core indicators:
    /// 1,320,132 entries, 103 ms). Null for any other filter, or more than <see cref="MaxSplitValues"/> values.
    /// </summary>
    public IReadOnlyList<IDictionary<string, object?>>? SplitByCarriedValues(object? where)
    {
        if (Terms(where) is not { } terms) return null;
        foreach (var (name, (carried, alone, beside, _)) in _carriedFields)
        {
            if (!alone || beside.Count == 0 || !terms.TryGetValue(name, out var value)
                || value is not IDictionary<string, object?> { Count: 1 } nested) continue;
            var (field, operations) = nested.Single();
            if (!carried.Contains(field) || operations is not IDictionary<string, object?> { Count: 1 } ops
                || !ops.TryGetValue("in", out var list) || ListedValues(list) is not { } listed) continue;
            var values = listed.Distinct().ToList();
            var others = terms.Where(t => t.Key != name).ToList();
            if (values.Count is < 2 or > MaxSplitValues || others.Count == 0
                || !others.All(t => t.Value is not null && beside.Contains(t.Key) && !carried.Contains(t.Key))) continue;
            return values.Select(v =>
            {
                var part = new Dictionary<string, object?>(others, StringComparer.Ordinal)
                {
                    [field] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = v },
                };
                return (IDictionary<string, object?>)part;
            }).ToList();
        }
        return null;
    }

    /// <summary>The predicate of one filter object applied to <paramref name="target"/> (the entity or a navigation to it).</summary>
    public Expression Build(Expression target, IDictionary<string, object?> filter) => Build(target, filter, keysFrom: null, keyPerRow: false, unindexed: null);

    // keysFrom, keyPerRow, unindexed: Apply's — a nested object at this level with a key of T's own is tested through that
    // key; an unindexed field's column is read through IndexHints.Unindexed.
    private Expression Build(Expression target, IDictionary<string, object?> filter, BudgetDbContext? keysFrom, bool keyPerRow,
        IReadOnlySet<string>? unindexed)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in filter)
        {
            var part = name switch
            {
                "and" => Combine(target, value, Expression.AndAlso, true, unindexed),
                "or" => Combine(target, value, Expression.OrElse, false, unindexed),
                _ when value is null => null,
                _ when keysFrom is not null && _keyedObjects.TryGetValue(name, out var keyed) => keyed.Build(target, value, keysFrom, keyPerRow),
                _ when keysFrom is not null && !keyPerRow && _keyedLists.TryGetValue(name, out var list)
                       && filter.Count(t => t.Value is not null) == 1 && list(target, value, keysFrom) is { } listed => listed,
                _ when unindexed?.Contains(name) == true && _definitions.TryGetValue(name, out var definition) =>
                    _operations[name](ParameterReplacer.Apply(definition, target), value),
                _ when unindexed?.Contains(name) == true && _accessors.TryGetValue(name, out var accessor)
                    && IndexHints.For(accessor.Body.Type) is { } hint =>
                    _operations[name](Expression.Call(hint, ParameterReplacer.Apply(accessor, target)), value),
                _ => _fields[name].Build(target, value),
            };
            if (part is not null) result = And(result, part);
        }
        return result;
    }

    // The parts of an and/or, each built as a filter of its own; `unindexed` fields are read past their indexes in them too.
    private Expression Combine(Expression target, object? value, Func<Expression, Expression, Expression> join, bool empty,
        IReadOnlySet<string>? unindexed)
    {
        var parts = new List<Expression>();
        foreach (var item in value as IEnumerable ?? Array.Empty<object>())
        {
            if (item is IDictionary<string, object?> filter) parts.Add(Build(target, filter, keysFrom: null, keyPerRow: false, unindexed));
        }
        return BalancedTree.Join(parts, join) ?? Expression.Constant(empty);
    }

    private static Expression And(Expression left, Expression right) =>
        left is ConstantExpression { Value: true } ? right : Expression.AndAlso(left, right);

    /// <param name="countedAs">The column's name in the value counts kept at import (<see cref="Data.Import.ValueCounts.Key"/>),
    /// when they count it: a filter on it alone is then counted on them (<see cref="CountOnValues"/>).</param>
    public FilterSpec<T> String(string name, string description, Expression<Func<T, string?>> accessor, string? countedAs = null)
    {
        CountedAs(name, countedAs, typeof(string));
        return Add(name, description, typeof(StringOperationFilterInputType), accessor, (m, v) => StringOperations.Build(m, v));
    }

    // A field whose column's values are counted at import (countedAs), held in the ValueCount property ValueCounts names.
    private void CountedAs(string name, string? column, Type member)
    {
        if (column is not null) _countedColumns.Add(name, (column, Data.Import.ValueCounts.HeldIn(column), member));
    }

    /// <summary>The fields counted per value at import, with their column's name there (<c>countedAs</c> of
    /// <see cref="String"/>, <see cref="Int(string, string, Expression{Func{T, int}}, string?)"/>, <see cref="FixedPoint"/> and <c>Boolean</c>).</summary>
    public IReadOnlyDictionary<string, string> CountedColumns => _countedColumns.ToDictionary(c => c.Key, c => c.Value.Column);

    /// <summary>Whether <paramref name="field"/> is counted per value at import (<see cref="CountedColumns"/>).</summary>
    public bool IsCounted(string field) => _countedColumns.ContainsKey(field);

    /// <summary>
    /// Declares that <paramref name="field"/>'s column leads an index holding the columns of <paramref name="carried"/>
    /// after it (all declared already, the row's own): a filter of that field beside terms of those fields alone can be
    /// read in that index's range of the field, each entry tested, without reading a row
    /// (<c>EntityQueries.ReadFromRarestAsync</c> weighs it so). The index itself is the EF model's
    /// (<c>BudgetDbContext</c>); <c>ConnectionIndexTests</c> checks that it holds them.
    /// </summary>
    public FilterSpec<T> IndexCarries(string field, params string[] carried)
    {
        RequireColumns(carried.Prepend(field), nameof(carried));
        _indexCarries.Add(field, carried.ToHashSet(StringComparer.Ordinal));
        return this;
    }

    // Declarations about indexes name scalar fields of the row's own columns, declared before them.
    private void RequireColumns(IEnumerable<string> fields, string parameter)
    {
        foreach (var name in fields)
            if (!_columns.ContainsKey(name))
                throw new ArgumentException($"'{name}' is not a scalar field of {typeof(T).Name}'s filter (declare it first).", parameter);
    }

    /// <summary>
    /// Declares that the columns of <paramref name="fields"/> (declared already, the row's own) lead one index together,
    /// then the key: a filter of an <c>eq</c> of each of those fields and nothing else is one range of it, its matches in
    /// key order — none of them is to be read past its own index (<c>EntityQueries.ReadFromRarestAsync</c> leaves such a
    /// filter to SQLite), and a page of many matches reads the window's keys in that range first, the index alone, then
    /// its rows by key (<c>KeyOrderPage</c>'s <c>keysFirst</c>). The index itself is the EF model's (<c>BudgetDbContext</c>);
    /// <c>ConnectionIndexTests</c> checks that it leads with them.
    /// </summary>
    public FilterSpec<T> IndexedTogether(params string[] fields)
    {
        if (fields.Length < 2) throw new ArgumentException("An index of fields together names two or more.", nameof(fields));
        RequireColumns(fields, nameof(fields));
        _indexedTogether.Add(fields.ToHashSet(StringComparer.Ordinal));
        return this;
    }

    /// <summary>The sets of fields <see cref="IndexedTogether"/> declared, each as its columns' properties.</summary>
    public IReadOnlyList<IReadOnlySet<string>> IndexesOfFieldsTogether =>
        _indexedTogether.Select(set => (IReadOnlySet<string>)set.Select(f => _columns[f]).ToHashSet(StringComparer.Ordinal)).ToList();

    /// <summary>
    /// Whether the terms of <paramref name="where"/> are an <c>eq</c> of a value (not null) of each field of one
    /// <see cref="IndexedTogether"/> set and nothing else: one range of that index.
    /// </summary>
    public bool IsOneRangeOfFieldsTogether(object? where) =>
        Terms(where) is { } terms && _indexedTogether.Any(set => set.SetEquals(terms.Keys))
        && terms.Values.All(value => value is IDictionary<string, object?> { Count: 1 } operations
                                     && operations.TryGetValue("eq", out var operand) && operand is not null);

    /// <summary>
    /// Declares that the index of each set of <paramref name="fieldSets"/> — one field's, or fields <see cref="IndexedTogether"/>,
    /// each declared already — leads with their columns, then the key, and carries the row's <paramref name="columns"/> after
    /// it (the columns sorted by: <c>BudgetDbContext.FilteredCarryingOrders</c>). A page of an <c>eq</c> of each of those
    /// fields in another order is read from that range and sorted, each entry's sort key compared in the index: no row is
    /// read but the page's, so the order's first rows are not probed first when a probe could not cover the span the page
    /// is expected in (<c>OrderProbe.Reader</c>'s <c>rangeCarriesOrder</c>). <c>ConnectionIndexTests</c> checks the indexes.
    /// </summary>
    public FilterSpec<T> RangesCarry(Expression<Func<T, object?>> columns, params string[][] fieldSets)
    {
        var carried = (columns.Body as NewExpression)?.Members?.Select(m => m.Name).ToHashSet(StringComparer.Ordinal)
            ?? throw new ArgumentException($"Expected properties of {typeof(T).Name}, e.g. x => new {{ x.A, x.B }}.", nameof(columns));
        foreach (var fields in fieldSets)
        {
            RequireColumns(fields, nameof(fieldSets));
            _rangesCarry.Add((fields.ToHashSet(StringComparer.Ordinal), carried));
        }
        return this;
    }

    /// <summary>Whether the index of exactly <paramref name="fields"/> carries <paramref name="column"/> (<see cref="RangesCarry"/>).</summary>
    public bool RangeCarries(IEnumerable<string> fields, string column) =>
        _rangesCarry.Any(range => range.Fields.SetEquals(fields) && range.Columns.Contains(column));

    /// <summary>The ranges <see cref="RangesCarry"/> declared: the fields' columns' properties and the properties carried.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Columns, IReadOnlySet<string> Carried)> RangesCarrying =>
        _rangesCarry.Select(range => ((IReadOnlyList<string>)range.Fields.Select(f => _columns[f]).ToList(), range.Columns)).ToList();

    /// <summary>
    /// Declares that <paramref name="field"/>'s descending index (the column descending, then the key ascending: the
    /// order a sort descending by the field reads) holds the columns <see cref="IndexCarries"/> declared for it, so that
    /// a page in that order walks it as the ascending one (<c>EntityQueries.WalkOrderIndexAsync</c>).
    /// </summary>
    public FilterSpec<T> DescendingIndexCarriesToo(string field)
    {
        if (!_indexCarries.ContainsKey(field))
            throw new ArgumentException($"'{field}' has no IndexCarries declared (declare it first).", nameof(field));
        _descendingIndexCarries.Add(field);
        return this;
    }

    /// <summary>
    /// Declares that two indexes hold the rows of each value of <paramref name="field"/> in the order of each of
    /// <paramref name="orders"/> (fields of the same name in the sort), ties by the key: one on the two columns, one on
    /// the field's column and the order's descending — <c>(FiscalYear, Amount)</c> and <c>(FiscalYear, Amount DESC)</c>.
    /// A page in such an order of an <c>in</c> of the field's values is then each value's first rows there, taken together
    /// (<see cref="SplitInWithinOrder"/>, <c>Loading/ValuesUnion.OrderedPageAsync</c>).
    /// </summary>
    public FilterSpec<T> SortedWithinEach(string field, params string[] orders)
    {
        RequireColumns(orders.Prepend(field), nameof(orders));
        foreach (var order in orders) OrdersWithin(field).Add(order, _columns[order]);
        return this;
    }

    /// <summary>
    /// As <see cref="SortedWithinEach(string, string[])"/>, for an order of the sort that no field of the filter names: its
    /// <paramref name="column"/> (a card's position, <c>x => x.Ordinal</c>).
    /// </summary>
    public FilterSpec<T> SortedWithinEach(string field, string order, Expression<Func<T, object?>> column)
    {
        RequireColumns([field], nameof(field));
        OrdersWithin(field).Add(order, OwnProperty(column)
            ?? throw new ArgumentException($"Expected a property of {typeof(T).Name}, e.g. x => x.Ordinal.", nameof(column)));
        return this;
    }

    private Dictionary<string, string> OrdersWithin(string field) =>
        _sortedWithinEach.TryGetValue(field, out var orders) ? orders : _sortedWithinEach[field] = new(StringComparer.Ordinal);

    /// <summary>Whether the indexes of one of <paramref name="fields"/> hold each value's rows in the order of
    /// <paramref name="orderedBy"/> (<see cref="SortedWithinEach(string, string[])"/>: a year's cards by amount).</summary>
    public bool SortsWithinAny(IEnumerable<string> fields, string orderedBy) =>
        fields.Any(f => _sortedWithinEach.TryGetValue(f, out var orders) && orders.ContainsKey(orderedBy));

    /// <summary>The fields <see cref="SortedWithinEach(string, string[])"/> declared, each with its column's property and the
    /// orders' columns.</summary>
    public IReadOnlyDictionary<string, (string Column, IReadOnlyList<string> Orders)> SortedWithinEachIndexes =>
        _sortedWithinEach.ToDictionary(s => s.Key, s => (_columns[s.Key], (IReadOnlyList<string>)s.Value.Values.ToList()));

    /// <summary>
    /// A filter of an <c>in</c> of 2 to <see cref="MaxSplitValues"/> values (none null) of a field whose indexes hold each
    /// value's rows in the order <paramref name="orderedBy"/> (<see cref="SortedWithinEach(string, string[])"/>), alone or beside terms of
    /// the order's own field (a range of the same indexes), as one filter per value — the field's <c>eq</c> of it and
    /// the same terms — whose rows together are the filter's (a row holds one value). Null for any other filter.
    /// </summary>
    public IReadOnlyList<IDictionary<string, object?>>? SplitInWithinOrder(object? where, string orderedBy)
    {
        if (Terms(where) is not { } terms) return null;
        foreach (var (field, orders) in _sortedWithinEach)
        {
            if (!orders.ContainsKey(orderedBy) || !terms.TryGetValue(field, out var value)
                || value is not IDictionary<string, object?> { Count: 1 } ops || !ops.TryGetValue("in", out var list)
                || ListedValues(list) is not { } listed || terms.Any(t => t.Key != field && t.Key != orderedBy))
                continue;
            var values = listed.Distinct().ToList();
            if (values.Count is < 2 or > MaxSplitValues) continue;
            return values.Select(v => (IDictionary<string, object?>)new Dictionary<string, object?>(terms, StringComparer.Ordinal)
            {
                [field] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = v },
            }).ToList();
        }
        return null;
    }

    /// <summary>The fields <see cref="IndexCarries"/> declared, each with its column's property, the properties its index
    /// holds after it, and whether its descending index holds them too (<see cref="DescendingIndexCarriesToo"/>).</summary>
    public IReadOnlyDictionary<string, (string Column, IReadOnlyList<string> Carried, bool Descending)> CarryingIndexes =>
        _indexCarries.ToDictionary(c => c.Key, c => (_columns[c.Key], (IReadOnlyList<string>)c.Value.Select(f => _columns[f]).ToList(),
            _descendingIndexCarries.Contains(c.Key)));

    /// <summary>Whether <paramref name="field"/>'s index holds the columns of every one of <paramref name="others"/> (<see cref="IndexCarries"/>);
    /// <paramref name="descending"/>: its descending index (<see cref="DescendingIndexCarriesToo"/>).</summary>
    public bool IndexCarriesAll(string field, IEnumerable<string> others, bool descending = false) =>
        _indexCarries.TryGetValue(field, out var carried) && others.All(carried.Contains)
        && (!descending || _descendingIndexCarries.Contains(field));

    /// <summary>Whether one index <see cref="IndexCarries"/> declared holds the columns of every one of <paramref name="fields"/>,
    /// its own field's among them or not: a filter of those fields alone can be read in that index whole, each entry tested.</summary>
    public bool OneIndexHolds(IEnumerable<string> fields) =>
        _indexCarries.Any(index => fields.All(field => field == index.Key || index.Value.Contains(field)));

    /// <summary>
    /// Declares text fields (declared with <c>countedAs</c>) whose columns the importer also counts in each district
    /// (<see cref="Data.Import.ValueCounts.InDistricts"/>), and the row's district field (declared already, carried from
    /// its unit): a filter of that district's <c>eq</c> beside one of them is counted there (<see cref="CountOnValues"/>).
    /// </summary>
    public FilterSpec<T> CountedInDistricts(string districtField, params string[] fields)
    {
        if (!_accessors.ContainsKey(districtField))
            throw new ArgumentException($"'{districtField}' is not a scalar field of {typeof(T).Name}'s filter (declare it first).", nameof(districtField));
        foreach (var field in fields)
        {
            if (!_countedColumns.TryGetValue(field, out var counted) || counted.Member != typeof(string)
                || !Data.Import.ValueCounts.IsCountedInDistricts(counted.Column))
                throw new ArgumentException($"'{field}' is not a counted text field whose column ValueCounts.InDistricts counts.", nameof(fields));
            _countedInDistricts.Add(field, districtField);
        }
        return this;
    }

    /// <summary>
    /// Declares text fields (declared with <c>countedAs</c>) whose columns the importer also counts beside another column
    /// of their rows (<see cref="Data.Import.ValueCounts.Beside"/>), and the field of that column (declared already: the
    /// year, a yes/no field): a filter of that field's <c>eq</c> or <c>in</c> beside one of them, when no null passes its
    /// operations, is counted there (<see cref="CountOnValues"/>).
    /// </summary>
    public FilterSpec<T> CountedBeside(string byField, params string[] fields)
    {
        if (!_accessors.ContainsKey(byField) || !_columns.TryGetValue(byField, out var byColumn))
            throw new ArgumentException($"'{byField}' is not a scalar field of {typeof(T).Name}'s own columns (declare it first).", nameof(byField));
        foreach (var field in fields)
        {
            if (!_countedColumns.TryGetValue(field, out var counted) || counted.Member != typeof(string)
                || Data.Import.ValueCounts.CountedBeside(counted.Column, byColumn) is not { } beside)
                throw new ArgumentException($"'{field}' is not a counted text field whose column ValueCounts.Beside counts beside {byColumn}.", nameof(fields));
            if (!_countedBeside.TryGetValue(field, out var list)) _countedBeside.Add(field, list = []);
            list.Add((byField, beside));
        }
        return this;
    }

    // The table's kept combinations a predicate on the row passes, as spans (CountedOnFacets), or null when it reads a
    // column they lack.
    private Func<BudgetDbContext, Expression, IQueryable<FacetSpan>?>? _facetSpans;

    /// <summary>
    /// Declares the table's kept combination counts (<see cref="Data.Entities.IndicatorFacetCount"/>: a row per
    /// combination of some of its columns, each a property of the same name and type, with how many rows hold it and
    /// bounds of their keys, read as a <see cref="FacetSpan"/> by <paramref name="span"/>): a filter that reads those
    /// columns alone, however combined (<c>and</c>, <c>or</c>, ranges, lists, text matches), is counted by summing the
    /// counts of the combinations that pass it (<see cref="CountOnValues"/>; <see cref="OnFacetRow"/>), and its first and
    /// last matches' keys are bounded by theirs (<see cref="CountOnValues(BudgetDbContext, object?, Func{IQueryable{T}}?, out Func{CancellationToken, Task{ValueTuple{int, int?, int?}}}?)"/>'s span).
    /// </summary>
    public FilterSpec<T> CountedOnFacets<TFacet>(Func<BudgetDbContext, IQueryable<TFacet>> facets, Expression<Func<TFacet, FacetSpan>> span)
        where TFacet : class
    {
        _facetSpans = (db, predicate) =>
        {
            var facet = Expression.Parameter(typeof(TFacet), "f");
            return OnFacetRow.Rewrite(predicate, _parameter, facet) is { } onFacet
                ? facets(db).AsNoTracking().Where(Expression.Lambda<Func<TFacet, bool>>(OnProvider(db, onFacet), facet)).Select(span)
                : null;
        };
        return this;
    }

    /// <summary>The count of <paramref name="where"/> summed on the kept combinations it passes (<see cref="CountedCombinations"/>), or null.</summary>
    public Func<CancellationToken, Task<int>>? CountOnCombinations(BudgetDbContext db, object? where) =>
        CountedCombinations(db, where) is { } combinations ? SumOf(combinations) : null;

    private static Func<CancellationToken, Task<int>> SumOf(IQueryable<FacetSpan> combinations) =>
        async ct => checked((int)await combinations.SumAsync(s => s.Count, ct));

    /// <summary>The kept combinations <paramref name="where"/> passes (<see cref="CountedOnFacets"/>), whose counts
    /// <see cref="CountOnValues"/> sums, or null.</summary>
    /// <remarks>A carried field's seek counts there beside any term (<see cref="Lift(object?, bool)"/>): two districts'
    /// cards of 2024.</remarks>
    public IQueryable<FacetSpan>? CountedCombinations(BudgetDbContext db, object? where) =>
        _facetSpans is not null && Terms(Lift(where, seeksBesideAnything: true)) is { } filter && !ReadsNameGrams(where)
            ? _facetSpans(db, Build(_parameter, filter))
            : null;

    // A predicate as Apply sends it to the context's provider (checked; on SQLite startsWith/endsWith case-sensitive).
    private static Expression OnProvider(BudgetDbContext db, Expression body)
    {
        FilterTerms.Check(body);
        return db.Database.IsSqlite() ? CaseSensitiveAffixes.Apply(body) : body;
    }

    /// <summary>
    /// How to count the rows <paramref name="where"/> matches when it filters one counted column alone (<c>countedAs</c>: a
    /// text, a year, a weight or target, a flag), over the whole table: the sum of the counts kept at import of the values that pass the same
    /// operations (<see cref="Data.Import.ValueCounts"/>: a row per value, null's included) — one range of that column's
    /// values, where counting the rows reads an index entry per match (the 178,178 indicators whose operator is ≥ at 5,005
    /// disclosures: 6.5 ms). The operations are the field's own, built on the value column as on the rows', so a value
    /// passes if and only if its rows do, on either engine. Also one district's <c>eq</c> beside a field counted in each
    /// district (<see cref="CountedInDistricts"/>: an indicator's operator or level), summed over that district's values
    /// — where the rows' count read the district's range of its index (南岸区's indicators of ≤ at 50,005 disclosures: 330,033
    /// entries, none of them ≤, 45 ms). Else, over a table with kept combination counts (<see cref="CountedOnFacets"/>), a
    /// filter of their columns alone, however combined: the sum of the combinations that pass it (the core indicators
    /// with an operator of ≥ at 50,005 disclosures: 165 ms counted on an index, read on 300 combinations). Null for any
    /// other filter.
    /// </summary>
    /// <remarks>The predicate is built when the count is asked for (<c>totalCount</c> selected), on the context's
    /// provider then: on SQLite startsWith/endsWith are case-sensitive, as in <see cref="Apply"/>.</remarks>
    /// <param name="rows">The table's rows: with them, a carried field beside its object's presence is counted too.</param>
    public Func<CancellationToken, Task<int>>? CountOnValues(BudgetDbContext db, object? where, Func<IQueryable<T>>? rows = null) =>
        CountOnValues(db, where, rows, out _);

    /// <summary>
    /// <see cref="CountOnValues(BudgetDbContext, object?, Func{IQueryable{T}}?)"/>, and for a filter counted on the kept
    /// combinations its <paramref name="span"/>: the one read that gives the count and bounds of the first and last
    /// matches' keys — the least and greatest of the passing combinations' (each bounds its rows', and every match holds
    /// one of them): what a page in key order starts from or, read backwards, ends at (no key when none matches). Null
    /// for any other filter.
    /// </summary>
    public Func<CancellationToken, Task<int>>? CountOnValues(BudgetDbContext db, object? where, Func<IQueryable<T>>? rows,
        out Func<CancellationToken, Task<(int Count, int? FirstKey, int? LastKey)>>? span)
    {
        span = null;
        if (CountedValues(db, where) is { } values) return async ct => checked((int)await values.SumAsync(v => v.Count, ct));
        if (CountedCombinations(db, where) is { } combinations)
        {
            var together = FacetSpan.Together(combinations);
            span = async ct => await together.SingleOrDefaultAsync(ct) is { } read ? (checked((int)read.Count), read.FirstKey, read.LastKey) : (0, null, null);
            return SumOf(combinations);
        }
        if (rows is null || Terms(where) is not { Count: 2 } terms || PresentCarried(terms) is not var (field, operations, presence)) return null;
        // A carried field's operations beside its object's presence (Object's presentWhen): the rows without the object
        // carry null, counted with the null value's rows; they are taken out where null passes the operations.
        var passing = PassingCounts(db, field, operations);
        return async ct =>
        {
            var count = 0L;
            foreach (var group in await passing.ToListAsync(ct))
                count += group.OfNull ? group.Count - await AbsentCountAsync(db, rows, presence, ct) : group.Count;
            return checked((int)count);
        };
    }

    /// <summary>
    /// The kept counts of a presence filter's carried field (<see cref="CountOnValues"/>) that pass its operations, summed
    /// in one read with null's apart. Null for any other filter.
    /// </summary>
    public IQueryable<PassingCount>? PresentCarriedCounts(BudgetDbContext db, object? where) =>
        Terms(where) is { Count: 2 } terms && PresentCarried(terms) is var (field, operations, _) ? PassingCounts(db, field, operations) : null;

    private IQueryable<PassingCount> PassingCounts(BudgetDbContext db, string field, object operations) =>
        ValuesPassing(db, field, operations).GroupBy(HeldIsNull(field)).Select(g => new PassingCount(g.Key, g.Sum(v => v.Count)));

    // The rows without the object of a presence field (Object's presentWhen), whose carried copies are null: their kept
    // count, or (a database migrated before it was kept) the rows.
    private async Task<int> AbsentCountAsync(BudgetDbContext db, Func<IQueryable<T>> rows, string presence, CancellationToken cancellationToken) =>
        (_presenceFields[presence] is { } counted ? await Data.Import.RowCounts.ReadAsync(db, counted, cancellationToken) : null)
        ?? await Apply(rows(), new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [presence] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = false },
        }).CountAsync(cancellationToken);

    /// <summary>
    /// A lifted filter of a carried field's operations beside its object's presence (<see cref="Object"/>'s
    /// <c>presentWhen</c>), other than one <c>eq: null</c>, as one filter per kept value that passes them (read from the
    /// value counts, as <see cref="CountOnValues"/> reads them): the field's <c>eq</c> of it beside the presence, with its
    /// rows' count — the value's, less the rows without the object for null. A row holds one value, so the parts' rows
    /// together are the filter's; each is one range of the carried field's index in key order, where the filter as a whole
    /// (a negation: <c>neq</c>, <c>nin</c>, <c>ncontains</c>; a list with null) is read in key order past the indexes,
    /// from the table's first row (a card's category other than 一般性项目 at 50,005 disclosures: its first match is the
    /// 260,008th indicator, 70 ms). Null for any other filter, or more than <see cref="MaxSplitValues"/> values passing.
    /// </summary>
    public async Task<IReadOnlyList<(IDictionary<string, object?> Where, Func<CancellationToken, Task<int>> Count)>?> SplitPresentByValuesAsync(
        BudgetDbContext db, object? where, Func<IQueryable<T>> rows, CancellationToken cancellationToken)
    {
        if (Terms(where) is not { Count: 2 } terms || PresentCarried(terms) is not var (field, operations, presence)
            || IsEqualityOfNull(operations) || _countedColumns[field].Member != typeof(string))
            return null;
        var held = _countedColumns[field].Held;
        var values = await ValuesPassing(db, field, operations).OrderBy(v => v.Id).Select(v => new { Value = EF.Property<string?>(v, held), v.Count })
            .Take(MaxSplitValues + 1).ToListAsync(cancellationToken);
        if (values.Count > MaxSplitValues) return null;
        return [.. values.Select(v => (
            EqualityOf(field, v.Value, presence, terms[presence]),
            v.Value is null
                ? (Func<CancellationToken, Task<int>>)(async ct => checked((int)(v.Count - await AbsentCountAsync(db, rows, presence, ct))))
                : _ => Task.FromResult(checked((int)v.Count))))];
    }

    /// <summary>
    /// A text match of one counted text column of the row alone (<c>countedAs</c>: a <c>contains</c>, <c>startsWith</c>
    /// or <c>endsWith</c>, with or without an <c>eq</c> or <c>in</c>) as one filter per kept value that passes it, read
    /// from the value counts: the column's <c>eq</c> of it, with its rows' count. A row holds one value and a text match
    /// never keeps null, so the parts' rows together are the filter's; each is one range of the column's index in key
    /// order, where the match itself is tested row by row from the table's first row — or, for a last page, from its last
    /// (an indicator's qualitative target containing 提升 at 50,005 disclosures: its one value's 20,002 rows lie mid-table,
    /// and the last page scanned a million rows backwards, 211 ms, where that value's range reads 21 index entries).
    /// Values no row holds any more are left out. Null for any other filter — a name the grams serve too (a card's
    /// department) —, or more than <see cref="MaxSplitValues"/> values passing.
    /// </summary>
    public async Task<IReadOnlyList<(IDictionary<string, object?> Where, Func<CancellationToken, Task<int>> Count)>?> SplitTextMatchByValuesAsync(
        BudgetDbContext db, object? where, CancellationToken cancellationToken)
    {
        if (TextMatchValues(db, where) is not var (field, passing)) return null;
        var values = await passing.Select(v => new { v.Value, v.Count }).Take(MaxSplitValues + 1).ToListAsync(cancellationToken);
        if (values.Count > MaxSplitValues) return null;
        return [.. values.Select(v => (
            EqualityOf(field, v.Value),
            (Func<CancellationToken, Task<int>>)(_ => Task.FromResult(checked((int)v.Count)))))];
    }

    // The filter of one value a split reads (SplitPresentByValuesAsync, SplitTextMatchByValuesAsync): the field's eq of
    // it, and the one term kept beside it, if any.
    private static IDictionary<string, object?> EqualityOf(string field, object? value, string? besideField = null, object? beside = null)
    {
        var part = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [field] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = value },
        };
        if (besideField is not null) part[besideField] = beside;
        return part;
    }

    /// <summary>
    /// The kept values that pass a text match of one counted text column alone, with rows, in the order of the values'
    /// index (which covers the read), and the column's field: what <see cref="SplitTextMatchByValuesAsync"/> splits.
    /// Null for any other filter.
    /// </summary>
    public (string Field, IQueryable<ValueCount> Values)? TextMatchValues(BudgetDbContext db, object? where)
    {
        if (Terms(where) is not { Count: 1 } terms) return null;
        var (field, operations) = terms.Single();
        // A name the grams serve (a card's department) is read on them, counted and paged (GramCount, GramOrderPage).
        if (!IsTextMatch(operations) || !_countedColumns.TryGetValue(field, out var counted) || counted.Member != typeof(string)
            || ReadsNameGrams(where)) return null;
        return (field, ValuesPassing(db, field, operations).Where(v => v.Value != null && v.Count > 0).OrderBy(v => v.Value));
    }

    private static bool IsEqualityOfNull(object operations) =>
        operations is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("eq", out var eq) && eq is null;

    /// <summary>
    /// A lifted filter of a carried field's operations beside its object's presence (<see cref="Object"/>'s
    /// <c>presentWhen</c>): both fields, to be read past their indexes (<see cref="Apply"/>'s <c>unindexed</c>), unless
    /// the operations are one <c>eq: null</c> — one range of the partial index of the rows with the object, in key order.
    /// A negation, or a list with null, matches most rows or several ranges, whose page SQLite read from the ranges (or
    /// from the key's index) and sorted (the indicators of a card of 一般性项目 or none at 5,005 disclosures: 62 ms), where
    /// in key order the first matches come first. (In key order a few passing values are read each on its own range
    /// instead: <see cref="SplitPresentByValuesAsync"/>.) Null for any other filter.
    /// </summary>
    public IReadOnlySet<string>? UnindexedBesidePresence(object? where) =>
        Terms(where) is { Count: 2 } terms && PresentCarried(terms) is var (field, operations, presence)
        && !IsEqualityOfNull(operations)
            ? new HashSet<string>(StringComparer.Ordinal) { field, presence }
            : null;

    // The one carried field's operations and its object's presence field of a lifted filter {field: …, presence: {eq: true}}.
    private (string Field, object Operations, string Presence)? PresentCarried(IDictionary<string, object?> pair)
    {
        foreach (var (fields, _, _, presence) in _carriedFields.Values)
        {
            // Object's presentWhen: one field carried.
            if (presence is null) continue;
            var field = fields[0];
            if (pair.TryGetValue(presence, out var present) && present is IDictionary<string, object?> { Count: 1 } eq
                && eq.TryGetValue("eq", out var value) && value is true && pair.TryGetValue(field, out var operations) && operations is not null
                && _countedColumns.ContainsKey(field))
                return (field, operations, presence);
        }
        return null;
    }

    // The value count row of the null value of a counted field (its held column null).
    private Expression<Func<ValueCount, bool>> HeldIsNull(string field)
    {
        var row = Expression.Parameter(typeof(ValueCount), "v");
        var held = Expression.Property(row, _countedColumns[field].Held);
        return Expression.Lambda<Func<ValueCount, bool>>(Expression.Equal(held, Expression.Constant(null, held.Type)), row);
    }

    /// <summary>The kept value counts whose sum <see cref="CountOnValues"/> reads, or null.</summary>
    public IQueryable<ValueCount>? CountedValues(BudgetDbContext db, object? where)
    {
        if (Terms(where) is not { } terms) return null;
        // The district as the row's own or (several beside another term stay on the nested object: Lift) its nested
        // object's: the same rows, counted the same way.
        if (terms.Count == 2 && (InDistrict(terms) ?? InDistrict(CarriedSeeksAsOwn(terms))) is var (districts, inDistrict, operations))
            return ValuesPassing(db, inDistrict, operations, districts);
        if (terms.Count == 2 && BesideOther(terms) is var (beside, by, besideField, besideOperations))
            return ValuesPassing(db, besideField, besideOperations, beside: (beside, by));
        if (terms.Count != 1) return null;
        var (field, single) = terms.First();
        return single is not null && _countedColumns.ContainsKey(field) ? ValuesPassing(db, field, single) : null;
    }

    /// <summary>
    /// For a filter that holds a counted text field's match beside the <c>eq</c> or <c>in</c> of a field it is counted
    /// beside (<see cref="CountedBeside"/>: a card's department containing 人民政府 beside 2024), the first key — or, when
    /// <paramref name="last"/>, the last — of each passing value's rows there, one per value: the least (greatest) of
    /// them bounds the filter's first (last) match, whatever other terms stand beside the pair (they keep fewer rows).
    /// Each is one lookup in an index of the field that holds the key after the value, reading that value's entries in
    /// key order up to the first of the other field's values (at 50,005 disclosures the 10,001 departments containing
    /// 人民政府 in 2024: 10 ms in the SQLite shell, where the first card of 2024 with one, 290,001, came after 150,000
    /// gram rows of the other years' cards). Null when the filter holds no such pair.
    /// </summary>
    /// <param name="table">The rows (the other field's term is read past its index: the value's lookup drives).</param>
    /// <param name="id">The row's key.</param>
    public IQueryable<int?>? KeysOfPassingValues(BudgetDbContext db, IQueryable<T> table, object? where, Expression<Func<T, int>> id, bool last)
    {
        if (Terms(where) is not { } terms || BesideOther(terms) is not var (beside, by, field, operations)
            || _countedColumns[field].Held != nameof(ValueCount.Value) || !_accessors.TryGetValue(field, out var accessor))
            return null;
        var byField = _countedBeside[field].First(b => b.Counted == beside).ByField;
        var ofByValues = Apply(table, new Dictionary<string, object?>(StringComparer.Ordinal) { [byField] = terms[byField] },
            db.Database.IsSqlite(), unindexed: new HashSet<string>([byField], StringComparer.Ordinal));
        // v => ofByValues.Where(x => x.Field == (v.Value ?? "")).Min(x => (int?)x.Id): no value passing is null, and a
        // non-null side spares the equality EF Core's null compensation (an OR of both nulls, which an index seek may not take).
        var value = Expression.Parameter(typeof(ValueCount), "v");
        var held = Expression.Coalesce(Expression.Property(value, nameof(ValueCount.Value)), Expression.Constant(""));
        var ofValue = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], ofByValues.Expression,
            Expression.Quote(Expression.Lambda<Func<T, bool>>(Expression.Equal(accessor.Body, held), accessor.Parameters)));
        var key = Expression.Lambda<Func<T, int?>>(Expression.Convert(id.Body, typeof(int?)), id.Parameters);
        var firstOrLast = Expression.Call(typeof(Queryable), last ? nameof(Queryable.Max) : nameof(Queryable.Min), [typeof(T), typeof(int?)],
            ofValue, Expression.Quote(key));
        return ValuesPassing(db, field, operations, beside: (beside, by)).Where(v => v.Count > 0)
            .Select(Expression.Lambda<Func<ValueCount, int?>>(firstOrLast, value));
    }

    // The terms with each nested object whose one term is a seek (eq, in, no null) of a field the row carries replaced by
    // that field (the row's copy is its nested object's, and no seek matches the null a row without one carries).
    private IDictionary<string, object?> CarriedSeeksAsOwn(IDictionary<string, object?> terms)
    {
        Dictionary<string, object?>? own = null;
        foreach (var (name, (carried, _, _, _)) in _carriedFields)
        {
            if (!terms.TryGetValue(name, out var value) || value is not IDictionary<string, object?> { Count: 1 } nested) continue;
            var (field, operations) = nested.Single();
            if (!carried.Contains(field) || terms.ContainsKey(field) || !IsSeek(operations)) continue;
            own ??= new Dictionary<string, object?>(terms, StringComparer.Ordinal);
            own.Remove(name);
            own[field] = operations;
        }
        return own ?? terms;
    }

    // A district's eq, or an in of districts (none null: rows without a district are counted in none), beside a field
    // counted in each district, with that field's operations; null otherwise.
    private (IReadOnlyList<string> Districts, string Field, object Operations)? InDistrict(IDictionary<string, object?> pair)
    {
        foreach (var (field, operations) in pair)
        {
            if (operations is null || !_countedInDistricts.TryGetValue(field, out var districtField)
                || !pair.TryGetValue(districtField, out var district)) continue;
            if (IsEquality(district)) return ([(string)((IDictionary<string, object?>)district!)["eq"]!], field, operations);
            if (district is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("in", out var list)
                && ListedValues(list) is { Count: > 0 } listed)
                return ([.. listed.Cast<string>().Distinct(StringComparer.Ordinal)], field, operations);
        }
        return null;
    }

    // The eq of another field's value, or an in of its values (none null), beside a field counted beside it (a year, a
    // core mark) whose operations no null passes (a seek of values, a text match: those counts leave null out), with that
    // field's operations; null otherwise.
    private (Data.Import.ValueCounts.BesideColumn Beside, IReadOnlyList<object> By, string Field, object Operations)? BesideOther(IDictionary<string, object?> pair)
    {
        foreach (var (field, operations) in pair)
        {
            if (operations is null || !_countedBeside.TryGetValue(field, out var besides) || !(IsSeek(operations) || IsTextMatch(operations))) continue;
            foreach (var (byField, beside) in besides)
            {
                if (!pair.TryGetValue(byField, out var by)) continue;
                if (IsEquality(by)) return (beside, [((IDictionary<string, object?>)by!)["eq"]!], field, operations);
                if (by is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("in", out var list)
                    && ListedValues(list) is { Count: > 0 } listed)
                    return (beside, [.. listed.Distinct()], field, operations);
            }
        }
        return null;
    }

    // The counted values of field (countedAs) that pass operations, the field's own, built on the value column as on the
    // rows': a value passes if and only if its rows do, on either engine. In districts, or beside another field's values
    // (ValueCounts.Beside, which leave null out: no null passes the operations, BesideOther): their counts there.
    private IQueryable<ValueCount> ValuesPassing(BudgetDbContext db, string field, object? operations, IReadOnlyList<string>? districts = null,
        (Data.Import.ValueCounts.BesideColumn Counted, IReadOnlyList<object> Values)? beside = null)
    {
        var counted = _countedColumns[field];
        var row = Expression.Parameter(typeof(ValueCount), "v");
        // A number is held as a long, a flag as a bool?; the field's operations are built on its own type (the null
        // value's row, the only one whose cast is null, counts 0 rows of a column that holds no null).
        Expression value = Expression.Property(row, counted.Held);
        if (value.Type != counted.Member) value = Expression.Convert(value, counted.Member);
        var body = _operations[field](value, operations);
        var passes = Expression.Lambda<Func<ValueCount, bool>>(OnProvider(db, body), row);
        var values = db.ValueCounts.AsNoTracking();
        if (beside is var (by, byValues))
            return (by.Held == nameof(ValueCount.Flag)
                ? InFlags(values, by.Key, [.. byValues.Select(v => (bool)v)])
                : InYears(values, by.Key, [.. byValues.Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).Distinct()]))
                .Where(passes);
        if (districts is null)
        {
            var column = counted.Column;
            return values.Where(v => v.Column == column).Where(passes);
        }
        var inDistricts = Data.Import.ValueCounts.InDistrict(counted.Column);
        if (districts is [var district]) return values.Where(v => v.Column == inDistricts && v.DistrictName == district).Where(passes);
        return values.Where(v => v.Column == inDistricts && districts.Contains(v.DistrictName!)).Where(passes);
    }

    // The counts of a column counted in each year (its key there, inYears) in the given years. (Methods of their own: a
    // lambda's captured names are the SQL parameters' names.)
    private static IQueryable<ValueCount> InYears(IQueryable<ValueCount> values, string inYears, IReadOnlyList<long> years) =>
        years is [var year]
            ? values.Where(v => v.Column == inYears && v.Number == year)
            : values.Where(v => v.Column == inYears && years.Contains(v.Number!.Value));

    // The counts of a column counted beside a yes/no column (its key there, besideFlag) of the given marks (both: every
    // one but those of no mark, which an indicator's core mark may be).
    private static IQueryable<ValueCount> InFlags(IQueryable<ValueCount> values, string besideFlag, IReadOnlyList<bool> flags) =>
        flags.Distinct().ToList() is [var flag]
            ? values.Where(v => v.Column == besideFlag && v.Flag == flag)
            : values.Where(v => v.Column == besideFlag && v.Flag != null);

    /// <summary>
    /// <paramref name="where"/> with a nested object's text match of a field the row carries (<see cref="Object"/>'s
    /// <c>carries</c>: a unit's district on budgets, cards and indicators, a card's category on indicators) whose column's values the importer counts on the
    /// row's table (<c>countedAs</c>) — a <c>contains</c>, <c>startsWith</c> or <c>endsWith</c>, with or without an
    /// <c>eq</c> or <c>in</c> — replaced by an <c>in</c> of the counted values that pass it, or the <c>eq</c> of the one
    /// that does (<c>{ unit: { districtName: { contains: "南岸" } } }</c> becomes <c>{ unit: { districtName: { eq: "南岸区"
    /// } } }</c>). The same rows: every value the rows
    /// hold has its count (values whose rows are all gone, counted 0, are left out), each row's copy is its nested
    /// object's (kept equal at import), and a text match never keeps null. Then <see cref="Lift"/> reads it as the row's
    /// own district (beside a year or another term its index carries too, when it is one value), one range of its index
    /// per value and its values' counts, where the match is tested on every unit's
    /// name (at 50,005 disclosures, 南岸区's 330,033 indicators under <c>contains: "南岸"</c>: 17 ms, the units' 50,005
    /// districts tested and their 10,001 keys listed). A negation is left as it is (it keeps the units without a
    /// district, which an <c>in</c> cannot). The object itself when nothing is replaced.
    /// </summary>
    /// <remarks>The values are the database's, not the request's: a field whose filter was replaced must not keep its
    /// translated command for later requests (<see cref="Loading.CachedCommands"/>), whose values may differ.</remarks>
    public async Task<object?> MatchOnCountedValuesAsync(BudgetDbContext db, object? where, CancellationToken cancellationToken)
    {
        if (_carriedFields.Count == 0 || Terms(where) is not { } terms) return where;
        Dictionary<string, object?>? replaced = null;
        foreach (var (name, (carried, _, _, _)) in _carriedFields)
        {
            if (!terms.TryGetValue(name, out var value) || value is not IDictionary<string, object?> nested) continue;
            Dictionary<string, object?>? nestedReplaced = null;
            foreach (var field in carried)
            {
                if (!nested.TryGetValue(field, out var operations) || !IsTextMatch(operations)
                    || !_countedColumns.TryGetValue(field, out var counted) || counted.Member != typeof(string)) continue;
                var values = await CountedTextPassing(db, field, operations).ToListAsync(cancellationToken);
                nestedReplaced ??= new Dictionary<string, object?>(nested, StringComparer.Ordinal);
                // One value is its eq: one range of the row's district index in key order, lifted beside the terms that
                // index carries too (an `in` of one is read as a list, sorted, and not lifted beside them).
                nestedReplaced[field] = values is [var one]
                    ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["eq"] = one }
                    : new Dictionary<string, object?>(StringComparer.Ordinal) { ["in"] = values.Cast<object?>().ToList() };
            }
            if (nestedReplaced is null) continue;
            replaced ??= new Dictionary<string, object?>(terms, StringComparer.Ordinal);
            replaced[name] = nestedReplaced;
        }
        return replaced ?? where;
    }

    // A contains, startsWith or endsWith of a value, beside none but an eq or in of values: no null passes it.
    private static bool IsTextMatch(object? operations) =>
        operations is IDictionary<string, object?> { Count: > 0 } ops
        && ops.All(o => o.Value is not null && TextMatchOperations.Contains(o.Key))
        && ops.Keys.Any(op => op is not ("eq" or "in"));

    /// <summary>
    /// The values of the counted text field <paramref name="field"/> (<c>countedAs</c>) that pass
    /// <paramref name="operations"/> and that some row holds (null never: no text match keeps it): what
    /// <see cref="MatchOnCountedValuesAsync"/> lists.
    /// </summary>
    public IQueryable<string?> CountedTextPassing(BudgetDbContext db, string field, object? operations) =>
        ValuesPassing(db, field, operations).Where(v => v.Value != null && v.Count > 0).Select(v => v.Value);

    // The operations MatchOnCountedValuesAsync replaces by the values that pass them.
    private static readonly HashSet<string> TextMatchOperations = new(StringComparer.Ordinal) { "contains", "startsWith", "endsWith", "eq", "in" };

    /// <summary>The field (an <c>Int</c> on the rows' fiscal year) that filters the year the amount bands are counted per.</summary>
    public FilterSpec<T> BandsByYear(string field)
    {
        if (!_fields.ContainsKey(field)) throw new ArgumentException($"'{field}' is not a field of this filter.", nameof(field));
        _bandYear = field;
        return this;
    }

    /// <summary>
    /// The band counts of the amount field <paramref name="amount"/> (<c>bandedAs</c>) kept beside the fields
    /// <paramref name="fields"/> too, as the column <paramref name="bandedAs"/> (<see cref="Data.Import.AmountBands.Key"/>
    /// with its split columns): an amount beside any of them, and the year, is counted on those rows (a card's amount
    /// beside its category and core mark). Each field is judged on the column of <see cref="AmountBandCount"/> named as
    /// its own column.
    /// </summary>
    public FilterSpec<T> BandsSplitBy(string amount, string bandedAs, params string[] fields)
    {
        if (!_bandedColumns.ContainsKey(amount)) throw new ArgumentException($"'{amount}' is not a banded field of this filter.", nameof(amount));
        foreach (var field in fields)
            if (!_columns.TryGetValue(field, out var column) || typeof(AmountBandCount).GetProperty(column) is null)
                throw new ArgumentException($"'{field}' has no column of the band counts of its name.", nameof(fields));
        _bandSplits.Add(amount, (bandedAs, fields.ToHashSet(StringComparer.Ordinal)));
        return this;
    }

    /// <summary>The fields whose amounts are counted by band at import, with their column's name there (<c>bandedAs</c>).</summary>
    public IReadOnlyDictionary<string, string> BandedColumns => _bandedColumns.ToDictionary(c => c.Key, c => c.Value.Column);

    /// <summary>The banded fields whose bands are counted beside other fields too, with that count's column name
    /// (<see cref="BandsSplitBy"/>).</summary>
    public IReadOnlyDictionary<string, string> BandSplits => _bandSplits.ToDictionary(c => c.Key, c => c.Value.Column);

    /// <summary>
    /// How to count the rows <paramref name="where"/> matches when it filters one banded amount (<c>bandedAs</c>), alone,
    /// with the year (<see cref="BandsByYear"/>) or with fields its bands are split by (<see cref="BandsSplitBy"/>), or
    /// the year alone, over the whole table (<paramref name="table"/>): the band counts kept at import summed, the rows
    /// counted only in the bands that hold one of the filter's values (<see cref="AmountBandCounting"/>) — budgets of 2024
    /// above 1,000 万元 at 50,005 disclosures read a few band rows instead of 10,001 index entries. Null for any other
    /// filter, and for an <c>in</c> of more than <see cref="AmountBandCounting.MaxBoundBands"/> bands' amounts.
    /// </summary>
    public Func<CancellationToken, Task<int>>? CountOnBands(BudgetDbContext db, Func<IQueryable<T>> table, object? where)
    {
        if (OnBands(where) is not { } counted) return null;
        var amount = _bandedColumns[counted.Field].Amount;
        // On split rows, the bound's band is counted in the amount's index, the terms beside it tested there (it carries
        // them): SQLite would read the core mark's index instead (one band's core cards at 50,005 disclosures: 170 ms).
        var unindexed = counted.Split ? counted.Beside.Select(b => b.Field).ToHashSet(StringComparer.Ordinal) : null;
        return ct => AmountBandCounting.CountAsync(WholeBands(db, counted), counted.Bounds, amount,
            () => Apply(table(), where, db.Database.IsSqlite(), unindexed: unindexed), ct);
    }

    /// <summary>Whether <paramref name="where"/> is counted on an amount's bands kept alone (<c>bandedAs</c>), alone or with
    /// the year — not on those kept beside other fields (<see cref="BandsSplitBy"/>).</summary>
    public bool CountsOnUnsplitBands(object? where) => OnBands(where) is { Split: false };

    /// <summary>The band rows <see cref="CountOnBands"/> sums whole for <paramref name="where"/> (null where it counts none).</summary>
    public IQueryable<AmountBandCount>? WholeBandsOf(BudgetDbContext db, object? where) => OnBands(where) is { } counted ? WholeBands(db, counted) : null;

    private IQueryable<AmountBandCount> WholeBands(BudgetDbContext db, BandedFilter counted) =>
        AmountBandCounting.WholeBands(db, counted.Column, _operations[counted.Field], counted.AmountArguments, counted.Beside, counted.Bounds);

    // How CountOnBands counts a filter: the banded field, the band counts' column (Split: the one kept beside other fields,
    // BandsSplitBy), the amount's operations, the terms beside it and the bands that hold a value.
    private sealed record BandedFilter(string Field, string Column, bool Split, IDictionary<string, object?> AmountArguments,
        List<AmountBandCounting.BesideTerm> Beside, long[] Bounds);

    private BandedFilter? OnBands(object? where)
    {
        if (Terms(where) is not { Count: > 0 } terms || _bandedColumns.Count == 0) return null;
        var banded = terms.Keys.Where(_bandedColumns.ContainsKey).ToList();
        if (banded.Count > 1) return null;
        var beside = terms.Keys.Where(k => !_bandedColumns.ContainsKey(k)).ToList();
        string field;
        IDictionary<string, object?> amountArguments;
        string column;
        if (banded is [var only] && terms[only] is IDictionary<string, object?> { Count: > 0 } given)
        {
            (field, amountArguments) = (only, given);
            var split = beside.Where(f => f != _bandYear).ToList();
            if (split.Count == 0) column = _bandedColumns[field].Column;
            else if (_bandSplits.TryGetValue(field, out var splits) && split.All(splits.Fields.Contains)) column = splits.Column;
            else return null;
        }
        else if (banded.Count == 0 && _bandYear is not null && beside is [var year] && year == _bandYear)
        {
            // The year alone: every row is counted once in each column's bands of its year (null's row included), so
            // one column's bands of the years that pass count the rows (a year's budgets: 30,003 index entries at 50,005).
            (field, amountArguments) = (_bandedColumns.Keys.First(), new Dictionary<string, object?>());
            column = _bandedColumns[field].Column;
        }
        else
            return null;
        var besideTerms = new List<AmountBandCounting.BesideTerm>();
        foreach (var name in beside)
        {
            if (terms[name] is not IDictionary<string, object?> arguments) return null;
            besideTerms.Add(new(name, _columns[name], _accessors[name].Body.Type, _operations[name], arguments));
        }
        if (AmountBandCounting.BandsOfValues(amountArguments, FixedPointBounds.Restate, ToStored) is not { } bounds) return null;
        return new BandedFilter(field, column, column != _bandedColumns[field].Column, amountArguments, besideTerms, bounds);
    }

    /// <summary>
    /// The rows of the whole table from the band counts kept at import: every row is counted once in each banded column's
    /// bands of its year, null's band included, so one column's bands summed are its rows (5,005 budgets: 10 band rows
    /// read, not an index). Null for a filter without banded columns.
    /// </summary>
    public Func<CancellationToken, Task<int>>? CountAllOnBands(BudgetDbContext db)
    {
        if (_bandedColumns.Count == 0) return null;
        var column = _bandedColumns.Values.First().Column;
        return async ct => checked((int)await db.AmountBandCounts.AsNoTracking().Where(a => a.Column == column).SumAsync(a => a.Count, ct));
    }

    /// <summary>
    /// A name with a gram index (<see cref="NameGram"/> rows of <paramref name="kind"/>, keyed by <paramref name="id"/>):
    /// the same string operations, with <c>contains</c>/<c>startsWith</c> reading only the ids that have every gram of
    /// the pattern before the predicate decides (<see cref="NameGramFilter"/>; a <c>startsWith</c> on SQLite reads a
    /// range of the name's own index instead). <paramref name="carried"/> names the field whose column the grams carry
    /// in <see cref="NameGram.Value"/> (<see cref="Grams"/>). <paramref name="carryingOrders"/> names the sort keys whose
    /// index carries the name too (an index on the key that includes the name column): under such an order, SQLite
    /// tests a common pattern on that index's entries rather than reading the gram's candidates first. <paramref name="startKind"/>
    /// is the kind of the name's start grams where they are written (<see cref="NameGramKind.UnitOfficialNameStart"/>): a
    /// <c>startsWith</c> of one gram is then counted, and paged in the key's order, on them (<see cref="GramCount"/>,
    /// <see cref="GramOrderPage"/>). <paramref name="carriedOrder"/> names the sort key whose value the gram rows carry
    /// (<see cref="NameGram.Slug"/>: units' <c>slug</c>), in whose order such a filter is paged on them too.
    /// <paramref name="countedAs"/> is <see cref="String"/>'s: where the column's values are counted at import too (a
    /// project's department), a filter the grams do not count (<c>eq</c>, <c>in</c>, a <c>contains</c> of several grams)
    /// is counted on those values (<see cref="CountOnValues"/>).
    /// </summary>
    public FilterSpec<T> IndexedName(string name, string description, Expression<Func<T, string?>> accessor,
        NameGramKind kind, Expression<Func<T, int>> id, string? carried = null, IReadOnlyCollection<string>? carryingOrders = null,
        NameGramKind? startKind = null, string? carriedOrder = null, string? countedAs = null)
    {
        carryingOrders ??= [];
        CountedAs(name, countedAs, typeof(string));
        ColumnOf(name, accessor);
        // The counted values are tested with the plain operations: a value has no gram rows. So is the column read past its
        // index (Apply's unindexed: a card's department beside a rarer name, 预算科's 1,001 cards at 5,005 disclosures).
        if (countedAs is not null)
        {
            _operations.Add(name, (m, v) => StringOperations.Build(m, v));
            _accessors.Add(name, accessor);
        }
        _fields.Add(name, new FilterField(name, description, typeof(StringOperationFilterInputType), (target, value) =>
        {
            var idOfTarget = ParameterReplacer.Apply(id, target);
            var member = ParameterReplacer.Apply(accessor, target);
            return StringOperations.Build(member, value,
                pattern => NameGramFilter.PreSelect(kind, pattern, idOfTarget, carryingOrders),
                pattern => NameGramFilter.PrefixRange(kind, pattern, idOfTarget, member));
        }));
        _indexedNames.Add(name, (kind, startKind, carried, carriedOrder, id));
        return this;
    }

    /// <param name="countedAs">As <see cref="String"/>'s: the column's name in the value counts kept at import.</param>
    public FilterSpec<T> Int(string name, string description, Expression<Func<T, int>> accessor, string? countedAs = null)
    {
        CountedAs(name, countedAs, typeof(int));
        return Add(name, description, typeof(IntOperationFilterInputType), accessor,
            (m, v) => ComparableOperations.Build(m, v, o => Convert.ToInt32(o, CultureInfo.InvariantCulture)));
    }

    public FilterSpec<T> Int(string name, string description, Expression<Func<T, int?>> accessor) =>
        Add(name, description, typeof(IntOperationFilterInputType), accessor,
            (m, v) => ComparableOperations.Build(m, v, o => Convert.ToInt32(o, CultureInfo.InvariantCulture)));

    /// <summary>A fixed-point column (万元, weights, targets) filtered with a Decimal, compared as the stored integer.</summary>
    /// <param name="countedAs">As <see cref="String"/>'s: the column's name in the value counts kept at import (which hold
    /// the stored integer).</param>
    /// <param name="bandedAs">The column's name in the band counts kept at import (<see cref="Data.Import.AmountBands.Key"/>),
    /// when they count it: a filter on it alone, or with the year (<see cref="BandsByYear"/>), is then counted on them
    /// (<see cref="CountOnBands"/>).</param>
    /// <param name="definedAs">For a stored computed column (<c>Budget.Expenditure</c>): its definition over the row's other
    /// columns, the same value, read in its place where the field is read past its index (<see cref="Apply"/>'s
    /// <c>unindexed</c>). SQLite reads no index as holding a computed column (it marks every column of the row used), so
    /// only the definition's columns let an index that holds them answer the term (IX_Budgets_FiscalYear_Amounts).</param>
    public FilterSpec<T> FixedPoint(string name, string description, Expression<Func<T, long?>> accessor, string? countedAs = null,
        string? bandedAs = null, Expression<Func<T, long?>>? definedAs = null)
    {
        CountedAs(name, countedAs, typeof(long?));
        if (bandedAs is not null) _bandedColumns.Add(name, (bandedAs, accessor));
        if (definedAs is not null) _definitions.Add(name, definedAs);
        return Add(name, description, typeof(DecimalOperationFilterInputType), accessor,
            (m, v) => ComparableOperations.Build(m, v, ToStored, FixedPointBounds.Restate));
    }

    /// <param name="countedAs">As <see cref="String"/>'s: the column's name in the value counts kept at import.</param>
    public FilterSpec<T> Boolean(string name, string description, Expression<Func<T, bool>> accessor, string? countedAs = null)
    {
        CountedAs(name, countedAs, typeof(bool));
        return Add(name, description, typeof(BooleanOperationFilterInputType), accessor,
            (m, v) => ComparableOperations.Build(m, v, o => (bool)o));
    }

    /// <param name="countedAs">As <see cref="String"/>'s: the column's name in the value counts kept at import.</param>
    public FilterSpec<T> Boolean(string name, string description, Expression<Func<T, bool?>> accessor, string? countedAs = null)
    {
        CountedAs(name, countedAs, typeof(bool?));
        return Add(name, description, typeof(BooleanOperationFilterInputType), accessor,
            (m, v) => ComparableOperations.Build(m, v, o => (bool)o));
    }

    public FilterSpec<T> Enum<TEnum, TInput>(string name, string description, Expression<Func<T, TEnum>> accessor)
        where TEnum : struct, Enum =>
        Add(name, description, typeof(TInput), accessor, (m, v) => ComparableOperations.Build(m, v, o => (TEnum)o));

    /// <summary>
    /// A hidden yes/no field that is true when the row has an optional nested object (<see cref="Object"/>'s
    /// <c>presentWhen</c>), whose key <paramref name="key"/> then is not null. Only an <c>eq</c>: of false, the key's null
    /// range of its index (the rows without one, counted there); of true, <c>key IS NOT NULL</c> — which a partial index
    /// of the carried field's rows with one answers (<c>IX_Indicators_CardCategory</c>), and which is read past the key's
    /// index beside the carried field's other operations (<see cref="UnindexedBesidePresence"/>).
    /// </summary>
    /// <param name="absentCountedAs">The row set of <see cref="Data.Import.RowCounts"/> that counts the rows without the
    /// object, taken out of the carried field's null count (<see cref="CountOnValues"/>) without counting them.</param>
    public FilterSpec<T> Presence(string name, string description, Expression<Func<T, int?>> key, string? absentCountedAs = null)
    {
        Add(name, description, typeof(BooleanOperationFilterInputType), key, (value, operations) =>
            operations is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("eq", out var eq) && eq is bool present
                ? present
                    ? Expression.NotEqual(value, Expression.Constant(null, typeof(int?)))
                    : Expression.Equal(value, Expression.Constant(null, typeof(int?)))
                : throw new ArgumentException($"'{name}' is tested only by an eq of true or false.", nameof(operations)));
        _presenceFields.Add(name, absentCountedAs);
        return Hidden(name);
    }

    /// <summary>
    /// Leaves the field <paramref name="name"/>, declared already, out of the input type: the filter still builds it, for
    /// a nested object's term the row carries (<see cref="Object"/>'s <c>carries</c>), which users ask for through that
    /// object (an indicator's <c>unit: { districtName: … }</c> is read from the indicator's own copy of it).
    /// </summary>
    public FilterSpec<T> Hidden(string name)
    {
        if (!_fields.ContainsKey(name)) throw new ArgumentException($"'{name}' is not a field of {typeof(T).Name}'s filter (declare it first).", nameof(name));
        _hidden.Add(name);
        return this;
    }

    /// <summary>A nested object filter, e.g. <c>unit: { slug: { eq: "nanping" } }</c> through a navigation.</summary>
    /// <param name="key">A required key column of T's own that holds the nested object's <c>Id</c> (a budget's or a
    /// project's <c>UnitId</c>): an aggregate may then test the nested object through it (<see cref="Apply"/>'s
    /// <c>keysFrom</c>). Only for a navigation every row has: a row without one matches no key, where a join's null
    /// semantics could match it.</param>
    /// <param name="optional">Whether some rows have no nested object (an indicator of an overall goal has no card): such
    /// a row then matches no nested filter. Without the test, the join's nulls would let an operation that matches null
    /// (<c>eq: null</c>, <c>neq</c>, <c>nin</c>) match it — the 43 overall-goal indicators of the seeds under
    /// <c>project: { name: { eq: null } }</c>. An empty nested filter (<c>{}</c>) still filters nothing.</param>
    /// <param name="carries">Fields of the nested object that the row carries itself under the same name, with the same
    /// meaning (kept equal at import): <see cref="Lift"/> moves their terms to the row's own fields. For an
    /// <paramref name="optional"/> navigation only with <paramref name="carriedAlone"/>: a row without one matches no
    /// nested term, but may match its own — null, which no seek of values matches. Each must be declared on both filters already.</param>
    /// <param name="carriedAlone">Whether the <paramref name="carries"/> terms move only when the nested object is the
    /// whole filter and each of them is an <c>eq</c> or <c>in</c> of a value: a unit's district, which every card and
    /// indicator carries, is one range of the row's own index then; beside another term the units' keys are the read
    /// tuned for it (IndexHints, KeyOrderPage), and a <c>contains</c> is tested on the few units, not on every row.</param>
    /// <param name="testedBeside">With <paramref name="carriedAlone"/>: the row's own fields whose columns the carried
    /// field's index holds after the row's key (<c>IX_Indicators_DistrictName_Categories</c>): beside one <c>eq</c> of the
    /// carried field, terms of these fields alone still let it move, and are tested in that index
    /// (<see cref="TestedOnCarriedIndex"/>).</param>
    /// <param name="presentWhen">With an <paramref name="optional"/> navigation carried alone: the row's own field that is
    /// true when it has the nested object (<see cref="Presence"/>, declared already). Then any operations of one carried
    /// field, as the whole filter, move too, beside that field's <c>eq: true</c> — the same rows: a card's category that
    /// is null (<c>project: { category: { eq: null } }</c>) is the indicator's own null copy on a card, not an overall
    /// goal's — and are counted on the carried field's kept counts less the rows without the object where null passes
    /// (<see cref="CountOnValues"/>).</param>
    public FilterSpec<T> Object<TOther, TInput>(string name, string description, Expression<Func<T, TOther>> navigation,
        FilterSpec<TOther> nested, Expression<Func<T, int>>? key = null, bool optional = false, IReadOnlyList<string>? carries = null,
        bool carriedAlone = false, IReadOnlyList<string>? testedBeside = null, string? presentWhen = null)
        where TOther : class
    {
        if (presentWhen is not null)
        {
            if (!optional || !carriedAlone || carries is not { Count: 1 } || !_presenceFields.ContainsKey(presentWhen))
                throw new ArgumentException($"'{presentWhen}' is not a Presence field of {typeof(T).Name}'s filter (declare it first), or '{name}' " +
                                            "is not optional with one field carried alone.", nameof(presentWhen));
        }
        if (carries is { Count: > 0 })
        {
            // A row without the nested object carries null: only a seek of values (carriedAlone) never matches it.
            if (optional && !carriedAlone) throw new ArgumentException($"'{name}' is optional: a row without one would match its own '{carries[0]}' (carry it alone).", nameof(carries));
            foreach (var carried in carries)
            {
                if (!_fields.ContainsKey(carried) || !nested._fields.ContainsKey(carried))
                    throw new ArgumentException($"'{carried}' is not a field of both {typeof(T).Name}'s filter and '{name}''s (declare it first).", nameof(carries));
            }
            foreach (var field in testedBeside ?? [])
            {
                if (!carriedAlone || !_accessors.ContainsKey(field))
                    throw new ArgumentException($"'{field}' is not a scalar field of {typeof(T).Name}'s filter (declare it first), or '{name}' does not carry its fields alone.", nameof(testedBeside));
            }
            _carriedFields.Add(name, (carries, carriedAlone, (testedBeside ?? []).ToHashSet(StringComparer.Ordinal), presentWhen));
        }
        _fields.Add(name, new FilterField(name, description, typeof(TInput), (target, value) =>
        {
            var other = ParameterReplacer.Apply(navigation, target);
            var test = nested.Build(other, (IDictionary<string, object?>)value!);
            return optional && test is not ConstantExpression { Value: true }
                ? Expression.AndAlso(Expression.NotEqual(other, Expression.Constant(null, other.Type)), test)
                : test;
        }));
        if (key is not null)
        {
            var keyProperty = ((MemberExpression)key.Body).Member.Name;
            Expression<Func<TOther, int>> nestedId = o => EF.Property<int>(o, "Id");
            _keyedObjects.Add(name, new KeyedObject(keyProperty,
                (target, value, db, perRow) =>
                {
                    // The subquery as an expression tree, so the rewrites Apply makes (name grams, case-sensitive affixes)
                    // reach its predicate too.
                    var other = Expression.Parameter(typeof(TOther), "o");
                    var test = nested.Build(other, (IDictionary<string, object?>)value!);
                    var rowKey = ParameterReplacer.Apply(key, target);
                    // EXISTS (SELECT 1 FROM <TOther> AS o WHERE o.Id = key AND nested): the row's own nested row, by key.
                    if (perRow)
                        return Expression.Call(QueryableAny.MakeGenericMethod(typeof(TOther)), db.Set<TOther>().AsNoTracking().Expression,
                            Expression.Quote(Expression.Lambda<Func<TOther, bool>>(
                                Expression.AndAlso(Expression.Equal(ParameterReplacer.Apply(nestedId, other), rowKey), test), other)));
                    // key IN (SELECT o.Id FROM <TOther> AS o WHERE nested): the nested rows' keys listed.
                    var ids = db.Set<TOther>().Where(Expression.Lambda<Func<TOther, bool>>(test, other)).Select(nestedId);
                    return Expression.Call(QueryableIntContains, ids.Expression, rowKey);
                },
                (value, leadsAnIndex) => leadsAnIndex(typeof(T), keyProperty) && nested.OnOneIndexedColumn(value, leadsAnIndex)));
        }
        return this;
    }

    /// <summary>
    /// A collection of related objects, e.g. <c>indicators: { some: { isCore: { eq: true } } }</c>: <c>some</c>/<c>none</c>/
    /// <c>all</c> become EXISTS subqueries, <c>any</c> tests for emptiness. The nested spec is read lazily, so two
    /// entities may refer to each other.
    /// </summary>
    public FilterSpec<T> List<TChild, TInput>(string name, string description,
        Expression<Func<T, IEnumerable<TChild>>> navigation, Func<FilterSpec<TChild>> nested) where TChild : class
    {
        _fields.Add(name, new FilterField(name, description, typeof(TInput), (target, value) =>
        {
            var collection = ParameterReplacer.Apply(navigation, target);
            Expression result = Expression.Constant(true);
            foreach (var (op, raw) in (IDictionary<string, object?>)value!)
            {
                if (raw is null) continue;
                Expression part = op switch
                {
                    "some" => Expression.Call(ListMethods<TChild>.AnyWith, collection, Predicate(nested(), raw)),
                    "none" => Expression.Not(Expression.Call(ListMethods<TChild>.AnyWith, collection, Predicate(nested(), raw))),
                    "all" => Expression.Call(ListMethods<TChild>.All, collection, Predicate(nested(), raw)),
                    "any" => (bool)raw
                        ? Expression.Call(ListMethods<TChild>.Any, collection)
                        : Expression.Not(Expression.Call(ListMethods<TChild>.Any, collection)),
                    _ => throw new InvalidOperationException($"Unknown list filter operation '{op}'."),
                };
                result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
            }
            return result;
        }));
        _keyedLists.Add(name, (target, value, db) => ListedThroughKey(navigation, nested(), target, (IDictionary<string, object?>)value!, db));
        return this;
    }

    /// <summary>
    /// A list filter as its children's foreign keys listed, for a count that tests every row: <c>some</c> is
    /// <c>Id IN (SELECT BudgetId FROM Projects WHERE …)</c>, <c>none</c> its <c>NOT IN</c>, <c>any</c> the parents of any
    /// child. The children's condition is
    /// read once, through its own index when it has one, instead of each parent's children being looked up and tested:
    /// the budgets with a card without a core indicator, counted at 50,005 disclosures, tested every budget's cards
    /// (410 ms). Only for a count of the list term alone: beside another term that keeps few parents, the list would
    /// still be read whole (SQLite reads an uncorrelated IN list whole, once), where each parent's test reads its own.
    /// Null (each parent's EXISTS serves) for <c>all</c>, whose children that fail the condition (false or unknown: a CASE
    /// no index serves) would be read by scanning every child row — slower than each parent's children by the key (the
    /// budgets whose cards are all of 2024 at 5,005 disclosures: 47 → 71 ms) — and for a negation (<c>none</c>,
    /// <c>any: false</c>) over a nullable key (an indicator's card): EF Core writes that <c>NOT IN</c> as a correlated
    /// <c>NOT EXISTS</c> with the plain condition, the form SQLite may read through the condition's index for each parent.
    /// </summary>
    private static Expression? ListedThroughKey<TChild>(Expression<Func<T, IEnumerable<TChild>>> navigation, FilterSpec<TChild> nested,
        Expression target, IDictionary<string, object?> operations, BudgetDbContext db) where TChild : class
    {
        var member = ((MemberExpression)navigation.Body).Member.Name;
        var foreignKey = db.Model.FindEntityType(typeof(T))?.FindNavigation(member)?.ForeignKey
                         ?? throw new InvalidOperationException($"{typeof(T).Name}.{member} is not a navigation of the model.");
        var (keyColumn, principalKey) = (foreignKey.Properties.Single(), foreignKey.PrincipalKey.Properties.Single().Name);
        var served = operations.Where(o => o.Value is not null).All(o => o.Key switch
        {
            "some" => true,
            "none" => !keyColumn.IsNullable,
            "any" => o.Value is true || !keyColumn.IsNullable,
            _ => false,
        });
        if (!served) return null;
        var parentKey = Expression.Call(EfProperty.MakeGenericMethod(typeof(int)), target, Expression.Constant(principalKey));

        // The parents of the children that pass `test` (null: every child): their foreign keys, never null.
        Expression Parents(Func<Expression, Expression>? test)
        {
            var child = Expression.Parameter(typeof(TChild), "c");
            var key = Expression.Call(EfProperty.MakeGenericMethod(keyColumn.ClrType), child, Expression.Constant(keyColumn.Name));
            Expression kept = keyColumn.IsNullable ? Expression.NotEqual(key, Expression.Constant(null, keyColumn.ClrType)) : Expression.Constant(true);
            if (test is not null) kept = kept is ConstantExpression { Value: true } ? test(child) : Expression.AndAlso(kept, test(child));
            var keys = db.Set<TChild>().AsNoTracking().Where(Expression.Lambda<Func<TChild, bool>>(kept, child))
                .Select(Expression.Lambda<Func<TChild, int>>(key.Type == typeof(int) ? key : Expression.Convert(key, typeof(int)), child));
            return Expression.Call(QueryableIntContains, keys.Expression, parentKey);
        }

        Expression result = Expression.Constant(true);
        foreach (var (op, raw) in operations)
        {
            if (raw is null) continue;
            var condition = raw as IDictionary<string, object?>;
            Expression part = op switch
            {
                // Plain: the children's condition may start from its own index (one read of it, not one per parent).
                "some" => Parents(c => nested.Build(c, condition!)),
                "none" => Expression.Not(Parents(c => nested.Build(c, condition!))),
                "any" => (bool)raw ? Parents(null) : Expression.Not(Parents(null)),
                _ => throw new InvalidOperationException($"The list filter operation '{op}' is not listed through the key."),
            };
            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static readonly MethodInfo EfProperty = typeof(EF).GetMethod(nameof(EF.Property))!;

    // The child's predicate as CASE WHEN … THEN 1 ELSE 0 END = 1, which no index serves: the correlated subquery then
    // finds each parent's children by the foreign key's index. Left plain, SQLite (without statistics) may search them
    // by an index of the predicate's column instead — every child with that value, for each parent: the budgets with
    // a card without a core indicator (projects: { some: { hasCoreIndicator: { eq: false } } }) at 5,005 disclosures
    // read IX_Projects_HasCoreIndicator's 40,000-odd entries for each of 5,005 budgets, 91 s; by the key, 47 ms.
    private static Expression<Func<TChild, bool>> Predicate<TChild>(FilterSpec<TChild> spec, object raw)
    {
        var child = Expression.Parameter(typeof(TChild), "c");
        var test = spec.Build(child, (IDictionary<string, object?>)raw);
        var unindexed = Expression.Equal(Expression.Condition(test, Expression.Constant(1), Expression.Constant(0)), Expression.Constant(1));
        return Expression.Lambda<Func<TChild, bool>>(unindexed, child);
    }

    private static class ListMethods<TChild>
    {
        public static readonly MethodInfo Any = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(TChild));
        public static readonly MethodInfo AnyWith = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TChild));
        public static readonly MethodInfo All = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TChild));
    }

    private FilterSpec<T> Add(string name, string description, Type graphType, LambdaExpression accessor,
        Func<Expression, object?, Expression> operations)
    {
        _operations.Add(name, operations);
        _accessors.Add(name, accessor);
        ColumnOf(name, accessor);
        _fields.Add(name, new FilterField(name, description, graphType,
            (target, value) => operations(ParameterReplacer.Apply(accessor, target), value)));
        return this;
    }

    // Notes the property a field's accessor reads when it is one of T's own (x => x.Slug, or its conversion).
    private void ColumnOf(string name, LambdaExpression accessor)
    {
        if (OwnProperty(accessor) is { } property) _columns.Add(name, property);
        else if (Unconverted(accessor) is MemberExpression { Expression: MemberExpression { Expression: ParameterExpression } reference } joined)
            _joinedColumns.Add(name, (reference.Member.Name, reference.Type, joined.Member.Name));
    }

    // The property of T an accessor reads (x => x.Slug, or its conversion), or null.
    private static string? OwnProperty(LambdaExpression accessor) =>
        Unconverted(accessor) is MemberExpression { Expression: ParameterExpression } member ? member.Member.Name : null;

    private static Expression Unconverted(LambdaExpression accessor) =>
        accessor.Body is UnaryExpression { NodeType: ExpressionType.Convert } conversion ? conversion.Operand : accessor.Body;

    /// <summary>An amount within the column's limits (<see cref="FixedPointBounds.Restate"/> saw to that) as stored.</summary>
    private static long ToStored(object value)
    {
        var amount = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        try
        {
            return Data.Entities.FixedPoint.ToStored(amount);
        }
        catch (OverflowException)
        {
            // Within the limits, only a seventh decimal makes it unstorable.
            throw new QueryArgumentError(ErrorCodes.InvalidAmount,
                $"The amount {amount.ToString(CultureInfo.InvariantCulture)} has more than six decimals; amounts are exact to 0.000001.");
        }
    }
}
