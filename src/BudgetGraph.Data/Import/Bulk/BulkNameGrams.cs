using System.Data.Common;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// The name gram index of a bulk load into an empty SQLite database (<see cref="SqliteBulkLoad"/>), derived in memory
/// and written once at its end in key order. Writing grams per document, in (Kind, Gram) order across the whole key
/// space, cost the single writer a third of the import; deriving them again at the end in SQL (the migration's
/// recursive backfill, <see cref="NameGramSql"/>) cost 4 s on one core. Here each stored document's grams — the same
/// rule, <see cref="NameGrams.Pairs"/> — are packed into one sortable 64-bit key per row while the writer stores it
/// (ids known), in blocks of <see cref="DefaultBlockKeys"/>, and the end sorts each block and appends their merge to the
/// table's B-tree in order.
/// <list type="bullet">
/// <item>Only committed documents count: a document's keys wait for its batch's commit (<see cref="Commit"/>); a document
/// undone never adds any.</item>
/// <item>Keys are kept per budget id: a budget replaced within the run leaves keys for an id that is no longer stored
/// (skipped at the end) or that the new budget took (overwritten).</item>
/// <item>Units' grams come from the units' stored names at the end (a later document may rename a unit).</item>
/// </list>
/// The result is the rows a row-by-row import writes (<c>NameGramIndexTests</c> compares them).
/// </summary>
/// <param name="blockKeys">Keys per block (<see cref="DefaultBlockKeys"/>; tests use small blocks to merge many).</param>
internal sealed class BulkNameGrams(int blockKeys = BulkNameGrams.DefaultBlockKeys)
{
    /// <summary>Rows per INSERT at the end: binding by position costs the same per value at any size.</summary>
    private const int RowsPerCommand = 64;

    /// <summary>
    /// Keys per block of <see cref="_keys"/> (8 MB). The keys of a bulk load grow with it (9.2 million at 20,005
    /// documents): they are kept in blocks, each sorted on its own at the end and merged while written, so that the end
    /// needs no second copy of them all (one array of every key, sorted, was 73 MB more at 20,005).
    /// </summary>
    internal const int DefaultBlockKeys = 1 << 20;

    private readonly List<ulong[]> _keys = [];
    /// <summary>Keys appended to <see cref="_keys"/>, those of documents undone or replaced included.</summary>
    private long _count;
    private readonly List<(int BudgetId, long Start, int Length)> _pending = [];
    /// <summary>Where each committed budget's keys are (a budget id stored again points at its newest keys).</summary>
    private readonly Dictionary<int, (long Start, int Length)> _committed = [];
    private bool _written;

    /// <summary>Keeps the grams of a budget just stored (ids assigned), until its batch commits.</summary>
    public void Add(Budget budget)
    {
        var start = _count;
        AppendNames(NameGramWriter.NamesOf(budget));
        _pending.Add((budget.Id, start, (int)(_count - start)));
    }

    /// <summary>The documents added since the last commit are committed: their grams will be written.</summary>
    public void Commit()
    {
        foreach (var (budgetId, start, length) in _pending) _committed[budgetId] = (start, length);
        _pending.Clear();
    }

    /// <summary>
    /// Replaces the table's rows by the grams of every stored unit and of every committed, still stored budget, in key
    /// order, inside <paramref name="transaction"/>; returns how many rows it wrote. Once, at the run's end: it moves
    /// the kept keys in place.
    /// </summary>
    public async Task<int> WriteAsync(SqliteConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (_written) throw new InvalidOperationException("The grams of a bulk load are written once, at its end.");
        _written = true;
        var budgets = new HashSet<int>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = (SqliteTransaction)transaction;
            read.CommandText = "SELECT \"Id\" FROM \"Budgets\";";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) budgets.Add(reader.GetInt32(0));
        }
        // The slug a unit's grams carry (NameGram.Slug), by id.
        var slugs = new Dictionary<int, string>();
        // The keys of committed, still stored budgets moved to the front, in the order they were added (ranges only
        // move down: they do not overlap and are visited from the first), then the units' keys after them.
        var kept = 0L;
        foreach (var (start, length) in _committed.Where(b => budgets.Contains(b.Key)).Select(b => b.Value).OrderBy(r => r.Start))
        {
            for (var i = 0; i < length; i++) this[kept + i] = this[start + i];
            kept += length;
        }
        _count = kept;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = (SqliteTransaction)transaction;
            read.CommandText = "SELECT \"Id\", \"OfficialName\", \"ShortName\", \"Slug\" FROM \"Units\";";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var unit = new Unit
                {
                    Id = reader.GetInt32(0), OfficialName = reader.GetString(1), ShortName = reader.GetString(2), Slug = reader.GetString(3),
                };
                AppendNames(NameGramWriter.NamesOf(unit));
                slugs[unit.Id] = unit.Slug;
            }
        }
        // The numbers the grams carry (NameGram.Value), by kind and id: a project name's its stored fiscal year, an indicator
        // name's its stored target.
        var values = new CarriedValues(
            await ReadValuesAsync(connection, transaction, "SELECT \"Id\", \"FiscalYear\" FROM \"Projects\";", cancellationToken),
            await ReadValuesAsync(connection, transaction,
                "SELECT \"Id\", \"NumericTarget\" FROM \"Indicators\" WHERE \"NumericTarget\" IS NOT NULL;", cancellationToken));

        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = (SqliteTransaction)transaction;
            delete.CommandText = "DELETE FROM \"NameGrams\";";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        var counts = new GramCounts(values);
        var written = 0;
        using var statements = new SqliteStatements<int>();
        var batch = new ulong[RowsPerCommand];
        var filled = 0;
        foreach (var key in SortedDistinct())
        {
            counts.Add(key);
            batch[filled++] = key;
            if (filled < RowsPerCommand) continue;
            Insert(connection, statements, batch.AsSpan(0, filled), values, slugs);
            written += filled;
            filled = 0;
        }
        // The last rows one by one (a statement for every size below 64 would be prepared only once each).
        for (var r = 0; r < filled; r++) Insert(connection, statements, batch.AsSpan(r, 1), values, slugs);
        written += filled;
        counts.Complete();
        await ReplaceRowsAsync(connection, transaction, "NameGramCounts", ["Kind", "Gram", "Count"], counts.Counts, cancellationToken);
        await ReplaceRowsAsync(connection, transaction, "NameGramValueCounts", ["Kind", "Gram", "Value", "Count"], counts.ValueCounts, cancellationToken);
        return written;
    }

    private static void Insert(SqliteConnection connection, SqliteStatements<int> statements, ReadOnlySpan<ulong> keys,
        CarriedValues values, Dictionary<int, string> slugs)
    {
        Span<char> gram = stackalloc char[2];
        var statement = statements.For(connection, keys.Length, InsertSql);
        for (var r = 0; r < keys.Length; r++)
        {
            var (kind, first, second, entityId) = Decode(keys[r]);
            (gram[0], gram[1]) = (first, second);
            statements.BindInt64(statement, Columns * r + 1, (byte)kind);
            statements.BindText(statement, Columns * r + 2, gram);
            statements.BindInt64(statement, Columns * r + 3, entityId);
            if (values.Of(kind, entityId) is { } value)
                statements.BindInt64(statement, Columns * r + 4, value);
            else statements.Bind(statement, Columns * r + 4, null);
            if (NameGrams.IsUnitKind(kind) && slugs.TryGetValue(entityId, out var slug))
                statements.BindText(statement, Columns * r + 5, slug);
            else statements.Bind(statement, Columns * r + 5, null);
        }
        statements.Execute(statement);
    }

    /// <summary>
    /// The kept keys in order, each once (a gram that occurs twice in one name is one row): every block sorted on its own
    /// (on the pool's threads), then merged.
    /// </summary>
    private IEnumerable<ulong> SortedDistinct()
    {
        var blocks = new List<ArraySegment<ulong>>();
        for (var start = 0L; start < _count; start += blockKeys)
            blocks.Add(new ArraySegment<ulong>(_keys[(int)(start / blockKeys)], 0, (int)Math.Min(blockKeys, _count - start)));
        Parallel.ForEach(blocks, block => Array.Sort(block.Array!, block.Offset, block.Count));

        var heads = new PriorityQueue<int, ulong>(blocks.Count);
        var next = new int[blocks.Count];
        for (var b = 0; b < blocks.Count; b++) heads.Enqueue(b, blocks[b][0]);
        var previous = 0UL;
        var any = false;
        while (heads.TryDequeue(out var b, out var key))
        {
            if (++next[b] < blocks[b].Count) heads.Enqueue(b, blocks[b][next[b]]);
            if (any && key == previous) continue;
            (previous, any) = (key, true);
            yield return key;
        }
    }

    private ulong this[long index]
    {
        get => _keys[(int)(index / blockKeys)][index % blockKeys];
        set => _keys[(int)(index / blockKeys)][index % blockKeys] = value;
    }

    private void Append(ulong key)
    {
        if (_count == (long)_keys.Count * blockKeys) _keys.Add(new ulong[blockKeys]);
        this[_count++] = key;
    }

    /// <summary>
    /// The count of each kind and gram (<see cref="NameGramCount"/>): the runs of equal (kind, gram) among the sorted,
    /// distinct keys — the rows <c>NameSearch</c> reads instead of counting a gram's rows; and per project or indicator
    /// gram the count of each number its ids carry (<see cref="NameGramValueCount"/>: years, targets), in key order (kind,
    /// gram, value). Fed the keys in
    /// order, one at a time.
    /// </summary>
    private sealed class GramCounts(CarriedValues values)
    {
        private readonly SortedDictionary<long, int> _values = [];
        private ulong _prefix = ulong.MaxValue;
        private int _run;

        public List<object[]> Counts { get; } = [];
        public List<object[]> ValueCounts { get; } = [];

        public void Add(ulong key)
        {
            if (key >> 31 != _prefix)
            {
                Flush();
                (_prefix, _run) = (key >> 31, 0);
            }
            _run++;
            var (kind, _, _, entityId) = Decode(key);
            if (values.Of(kind, entityId) is { } value)
                _values[value] = _values.GetValueOrDefault(value) + 1;
        }

        private void Flush()
        {
            if (_run == 0) return;
            var (kind, first, second, _) = Decode(_prefix << 31);
            var gram = string.Concat(first, second);
            Counts.Add([(int)(byte)kind, gram, _run]);
            foreach (var (value, count) in _values) ValueCounts.Add([(int)(byte)kind, gram, value, count]);
            _values.Clear();
        }

        /// <summary>Ends the last run: call once every key was added.</summary>
        public void Complete() => Flush();
    }

    /// <summary>
    /// The number each gram row of a project's or an indicator's name carries (<see cref="NameGram.Value"/>:
    /// <see cref="NameGramWriter.NamesOfProject"/>, <see cref="NameGramWriter.NameOfIndicator"/>), read from the stored rows.
    /// </summary>
    private sealed class CarriedValues(Dictionary<int, long> projectYears, Dictionary<int, long> indicatorTargets)
    {
        public long? Of(NameGramKind kind, int entityId) => kind switch
        {
            NameGramKind.ProjectName => projectYears.TryGetValue(entityId, out var year) ? year : null,
            NameGramKind.IndicatorName => indicatorTargets.TryGetValue(entityId, out var target) ? target : null,
            _ => null,
        };
    }

    // Each row's id and number of a two-column query (SQLite gives integers as Int64).
    private static async Task<Dictionary<int, long>> ReadValuesAsync(SqliteConnection connection, DbTransaction transaction, string sql,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<int, long>();
        await using var read = connection.CreateCommand();
        read.Transaction = (SqliteTransaction)transaction;
        read.CommandText = sql;
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) values[reader.GetInt32(0)] = reader.GetInt64(1);
        return values;
    }

    /// <summary>Replaces every row of <paramref name="table"/> by <paramref name="rows"/> (values of <paramref name="columns"/>, in order).</summary>
    private static async Task ReplaceRowsAsync(SqliteConnection connection, DbTransaction transaction, string table, string[] columns,
        List<object[]> rows, CancellationToken cancellationToken)
    {
        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = (SqliteTransaction)transaction;
            delete.CommandText = $"DELETE FROM \"{table}\";";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                             $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$v{i}"))});";
        // Untyped parameters: each value binds as what it is (an integer, or a gram's text).
        var parameters = columns.Select((_, i) => insert.Parameters.AddWithValue($"$v{i}", DBNull.Value)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i];
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// One row as a key whose order is the table's key order (Kind, Gram, EntityId): kind in the top 3 bits, then each
    /// ideograph as its offset in U+4E00–U+9FFF (15 bits each; UTF-8, which SQLite compares, keeps code point order
    /// within the block), then the id (31 bits: any non-negative int).
    /// </summary>
    public static ulong Key(NameGramKind kind, char first, char second, int entityId)
    {
        if ((byte)kind > 7 || entityId < 0)
            throw new ArgumentOutOfRangeException(nameof(kind), $"A gram key holds kinds 0–7 and non-negative ids; got {kind}, {entityId}.");
        return (ulong)kind << 61 | (ulong)(first - NameGrams.FirstIdeograph) << 46
            | (ulong)(second - NameGrams.FirstIdeograph) << 31 | (uint)entityId;
    }

    /// <summary>The row of a <see cref="Key"/>.</summary>
    public static (NameGramKind Kind, char First, char Second, int EntityId) Decode(ulong key) =>
        ((NameGramKind)(key >> 61), (char)(NameGrams.FirstIdeograph + (int)(key >> 46 & 0x7FFF)),
            (char)(NameGrams.FirstIdeograph + (int)(key >> 31 & 0x7FFF)), (int)(key & 0x7FFF_FFFF));

    /// <summary>Appends the keys of every gram of the names (<see cref="NameGrams.Pairs"/>).</summary>
    private void AppendNames(IEnumerable<(NameGramKind Kind, int EntityId, string? Name, long? Value)> names)
    {
        foreach (var (kind, id, name, _) in names)
        foreach (var (first, second) in NameGrams.Pairs(name))
            Append(Key(kind, first, second, id));
    }

    /// <summary>Values per row of <see cref="InsertSql"/>.</summary>
    private const int Columns = 5;

    private static string InsertSql(int rows) =>
        "INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\", \"Value\", \"Slug\") VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(0, Columns).Select(c => $"@p{Columns * r + c}")) + ")")) + ";";
}
