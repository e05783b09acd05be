using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>One condition of a <c>where</c>: its GraphQL text (<c>field: { op: value }</c>) and what it means for a row.</summary>
internal sealed record Term<T>(string GraphQL, Func<T, bool> Holds);

/// <summary>One <c>order</c>: its GraphQL text and the row values it sorts by, each ascending or descending.</summary>
internal sealed record Order<T>(string GraphQL, IReadOnlyList<(Func<T, object?> Key, bool Descending)> Keys);

/// <summary>A field's way of making a random condition: the field (one condition per field in a filter object) and the maker.</summary>
internal sealed record TermMaker<T>(string Field, Func<Random, Term<T>> Make);

/// <summary>
/// The oracle of a connection's pages: the rows of its table loaded whole, a condition's meaning and an order's keys
/// written in plain C# (not the service's expressions), and every page computed from them in memory — filtered,
/// sorted (SQLite's order: nulls first ascending and last descending, text by its UTF-8 bytes, ties by key
/// ascending), counted and sliced. Random filters, orders and pages are sent to the service and its answers compared:
/// whichever read path the service picks for a request — kept counts, gram rows, probes, bands, unions — its answer
/// must be this one.
/// </summary>
internal sealed class ConnectionOracle<T>(string field, IReadOnlyList<T> rows, Func<T, int> key, IReadOnlyList<TermMaker<T>> makers,
    IReadOnlyList<Order<T>> orders)
{
    private static readonly JsonSerializerOptions Literal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Paging.MinimumRowsRead: a read takes at least this many rows, whatever its page.
    private const int MinimumRowsRead = 21;

    /// <summary>The conditions this connection's filter can make (for a related row's condition of another connection).</summary>
    public IReadOnlyList<TermMaker<T>> Makers => makers;

    /// <summary>A GraphQL string literal (JSON's escapes are GraphQL's).</summary>
    public static string Text(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, Literal);

    /// <summary>A GraphQL Decimal literal of a stored fixed-point value.</summary>
    public static string Number(long stored) =>
        BudgetGraph.Data.Entities.FixedPoint.FromStored(stored).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One of the values the rows hold (nulls left out), so a condition on it keeps some rows; a text no row holds
    /// when none holds any (a column the corpus leaves empty).
    /// </summary>
    public string Sample(Random random, Func<T, string?> value)
    {
        for (var tries = 0; tries < 50; tries++)
            if (value(rows[random.Next(rows.Count)]) is { } found) return found;
        return rows.Select(value).FirstOrDefault(v => v is not null) ?? "无此值";
    }

    public TValue SampleValue<TValue>(Random random, Func<T, TValue?> value) where TValue : struct
    {
        for (var tries = 0; tries < 50; tries++)
            if (value(rows[random.Next(rows.Count)]) is { } found) return found;
        return rows.Select(value).FirstOrDefault(v => v is not null)
            ?? throw new InvalidOperationException($"No row of {field} holds a value to sample.");
    }

    /// <summary>
    /// A filter of one to three fields' conditions (sometimes two of them ORed, sometimes none). One condition alone
    /// half the time: the read paths for a single term (its kept count, each listed value's range) are the most varied.
    /// </summary>
    public Term<T>? Filter(Random random)
    {
        if (random.Next(10) == 0) return null;
        var count = random.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 };
        // The first field's conditions twice now and then (and: [...], once at most: a filter object has one "and").
        var chosen = makers.OrderBy(_ => random.Next()).DistinctBy(m => m.Field).Take(count)
            .Select((m, i) => i == 0 && random.Next(6) == 0 ? Terms.Twice(m).Make(random) : m.Make(random)).ToList();
        if (chosen.Count >= 2 && random.Next(6) == 0)
        {
            var (a, b) = (chosen[0], chosen[1]);
            chosen = [new Term<T>($"or: [{{ {a.GraphQL} }}, {{ {b.GraphQL} }}]", r => a.Holds(r) || b.Holds(r)), .. chosen.Skip(2)];
        }
        return new Term<T>(string.Join(", ", chosen.Select(t => t.GraphQL)), r => chosen.All(t => t.Holds(r)));
    }

    /// <summary>
    /// Sends each field's condition alone in each order, then <paramref name="cases"/> random filters in random orders —
    /// each as a first page with its count, the page after it and the last page — and returns every disagreement with
    /// the oracle (the request, what it should answer, what it answered). The page after is after a first page of up
    /// to 50 rows (its end cursor asked for first), and the page before that cursor too.
    /// </summary>
    public async Task<List<string>> DisagreementsAsync(BudgetGraphFixture fixture, int seed, int cases)
    {
        var random = new Random(seed);
        var disagreements = new List<string>();
        var (empty, paged) = (0, 0);
        // Every field's condition alone in every order (twice: two of its operations), then random combinations.
        var requests = makers.SelectMany(m => orders.Prepend(null).SelectMany(o => new[] { (m, o), (m, o) }))
            .Select(p => (Filter: (Term<T>?)p.m.Make(random), Order: p.o))
            .Concat(Enumerable.Range(0, cases).Select(_ => (Filter: Filter(random), Order: random.Next(5) == 0 ? null : orders[random.Next(orders.Count)])))
            .ToList();
        foreach (var (filter, order) in requests)
        {
            var size = new[] { 1, 3, 10, 25 }[random.Next(4)];
            var expected = Expected(filter, order);
            if (expected.Count == 0) empty++;
            if (expected.Count > size) paged++;
            var arguments = (filter is null ? "" : $"where: {{ {filter.GraphQL} }}, ") + (order is null ? "" : $"order: [{order.GraphQL}], ");

            var first = $"{{ {field}({arguments}first: {size}) {{ totalCount pageInfo {{ hasNextPage }} nodes {{ id }} }} }}";
            var firstPage = await PageAsync(fixture, first, disagreements);
            if (firstPage is null) continue;
            Compare(disagreements, first, expected.Take(size), firstPage.Value.Keys, expected.Count, firstPage.Value.Total,
                expected.Count > size, firstPage.Value.HasMore);

            if (expected.Count > size)
            {
                // A page further on: after the last row of a first page of up to 50 (the largest page), deeper than the
                // rows a read takes beyond its page (Paging.MinimumRowsRead), so a window's offset counts.
                var skipped = random.Next(3) == 0 ? size : Math.Min(random.Next(MinimumRowsRead, 51), expected.Count - 1);
                var lead = $"{{ {field}({arguments}first: {skipped}) {{ pageInfo {{ endCursor }} }} }}";
                var cursor = (await fixture.DataAsync(lead)).GetProperty(field).GetProperty("pageInfo").GetProperty("endCursor").GetString();
                var next = $"{{ {field}({arguments}first: {size}, after: {Text(cursor)}) {{ pageInfo {{ hasNextPage }} nodes {{ id }} }} }}";
                if (await PageAsync(fixture, next, disagreements) is { } nextPage)
                    Compare(disagreements, next, expected.Skip(skipped).Take(size), nextPage.Keys, null, null, expected.Count > skipped + size, nextPage.HasMore);
                // And the page before that cursor's row (row skipped - 1): the rows before it, at most `size` of them.
                var before = $"{{ {field}({arguments}last: {size}, before: {Text(cursor)}) {{ pageInfo {{ hasPreviousPage }} nodes {{ id }} }} }}";
                var beforeStart = Math.Max(0, skipped - 1 - size);
                if (await PageAsync(fixture, before, disagreements, "hasPreviousPage") is { } beforePage)
                    Compare(disagreements, before, expected.Skip(beforeStart).Take(skipped - 1 - beforeStart), beforePage.Keys, null, null, beforeStart > 0, beforePage.HasMore);
            }

            var last = $"{{ {field}({arguments}last: {size}) {{ pageInfo {{ hasPreviousPage }} nodes {{ id }} }} }}";
            if (await PageAsync(fixture, last, disagreements, "hasPreviousPage") is { } lastPage)
                Compare(disagreements, last, expected.Skip(Math.Max(0, expected.Count - size)), lastPage.Keys, null, null, expected.Count > size, lastPage.HasMore);
        }
        Summary = $"{requests.Count} requests of {field}: {empty} keep no row, {paged} more than a page";
        return disagreements;
    }

    /// <summary>What the last run sent: how many requests kept no row, and how many more than their page.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>
    /// Sends <paramref name="cases"/> requests of a page of 50 parents (<paramref name="parents"/>, from a random
    /// position) with this connection's rows under each as a nested list (<paramref name="list"/>) filtered and sorted at
    /// random, and returns every parent whose list disagrees with the oracle's: its rows (<paramref name="childrenOf"/>
    /// its key) filtered and sorted. Nested lists are read for all the page's parents at once (batched), so a row
    /// given to the wrong parent, or a filter or order lost in the batch, shows here.
    /// </summary>
    public async Task<List<string>> NestedDisagreementsAsync(BudgetGraphFixture fixture, int seed, int cases, string parents, int parentCount,
        string list, Func<int, IEnumerable<T>> childrenOf)
    {
        var random = new Random(seed);
        var disagreements = new List<string>();
        for (var c = 0; c < cases; c++)
        {
            var filter = Filter(random);
            var order = random.Next(5) == 0 ? null : orders[random.Next(orders.Count)];
            var arguments = string.Join(", ", new[] { filter is null ? null : $"where: {{ {filter.GraphQL} }}", order is null ? null : $"order: [{order.GraphQL}]" }
                .Where(a => a is not null));
            var after = random.Next(Math.Max(1, parentCount - 50));
            var query = $"{{ {parents}(first: 50, after: {Text(BudgetGraph.Api.GraphQL.Connections.Cursor.Encode(after))}) {{ nodes {{ id {list}" +
                        (arguments.Length == 0 ? "" : $"({arguments})") + " { id } } } }";
            var response = await fixture.ResponseAsync(query);
            if (response.TryGetProperty("errors", out var errors))
            {
                disagreements.Add($"{query}\n    errors: {errors}");
                continue;
            }
            foreach (var parent in response.GetProperty("data").GetProperty(parents).GetProperty("nodes").EnumerateArray())
            {
                var parentKey = KeyOf(parent.GetProperty("id").GetString()!);
                var keys = parent.GetProperty(list).EnumerateArray().Select(n => KeyOf(n.GetProperty("id").GetString()!)).ToList();
                var expected = Sorted(childrenOf(parentKey), filter, order);
                if (!expected.SequenceEqual(keys))
                {
                    disagreements.Add($"{query}\n    under {parentKey}: [{string.Join(",", keys)}], expected [{string.Join(",", expected)}]");
                    break;
                }
            }
        }
        return disagreements;
    }

    /// <summary>The oracle's answer: the rows the filter keeps, in the order's order.</summary>
    public List<int> Expected(Term<T>? filter, Order<T>? order) => Sorted(rows, filter, order);

    private List<int> Sorted(IEnumerable<T> among, Term<T>? filter, Order<T>? order)
    {
        var kept = filter is null ? among.ToList() : among.Where(filter.Holds).ToList();
        kept.Sort((a, b) =>
        {
            foreach (var (value, descending) in order?.Keys ?? [])
            {
                var compared = CompareValues(value(a), value(b));
                if (compared != 0) return descending ? -compared : compared;
            }
            return key(a).CompareTo(key(b));
        });
        return kept.Select(key).ToList();
    }

    // SQLite's order of values: NULL first; text by its bytes (BINARY collation on UTF-8), which is the order of code
    // points; numbers and booleans as numbers.
    private static int CompareValues(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => CompareCodePoints(a, b),
        (bool a, bool b) => a.CompareTo(b),
        _ => Convert.ToInt64(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(y, CultureInfo.InvariantCulture)),
    };

    private static int CompareCodePoints(string a, string b)
    {
        var (left, right) = (a.EnumerateRunes(), b.EnumerateRunes());
        while (true)
        {
            var (hasLeft, hasRight) = (left.MoveNext(), right.MoveNext());
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var compared = left.Current.Value.CompareTo(right.Current.Value);
            if (compared != 0) return compared;
        }
    }

    private static void Compare(List<string> disagreements, string query, IEnumerable<int> expectedKeys, IReadOnlyList<int> keys,
        int? expectedTotal, int? total, bool expectedMore, bool more)
    {
        var expected = expectedKeys.ToList();
        var problems = new List<string>();
        if (!expected.SequenceEqual(keys)) problems.Add($"keys [{string.Join(",", keys)}], expected [{string.Join(",", expected)}]");
        if (expectedTotal != total) problems.Add($"totalCount {total}, expected {expectedTotal}");
        if (expectedMore != more) problems.Add($"more pages {more}, expected {expectedMore}");
        if (problems.Count > 0) disagreements.Add($"{query}\n    {string.Join("; ", problems)}");
    }

    private readonly record struct Page(IReadOnlyList<int> Keys, int? Total, bool HasMore);

    private async Task<Page?> PageAsync(BudgetGraphFixture fixture, string query, List<string> disagreements, string more = "hasNextPage")
    {
        var response = await fixture.ResponseAsync(query);
        if (response.TryGetProperty("errors", out var errors))
        {
            disagreements.Add($"{query}\n    errors: {errors}");
            return null;
        }
        var connection = response.GetProperty("data").GetProperty(field);
        var pageInfo = connection.GetProperty("pageInfo");
        return new Page(
            connection.GetProperty("nodes").EnumerateArray().Select(n => KeyOf(n.GetProperty("id").GetString()!)).ToList(),
            connection.TryGetProperty("totalCount", out var total) ? total.GetInt32() : null,
            pageInfo.GetProperty(more).GetBoolean());
    }

    // A global id is base64 of "Type:key".
    private static int KeyOf(string id)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        return int.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
    }
}
