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
/// (ids known), and the end sorts the keys and appends them to the table's B-tree in order.
/// <list type="bullet">
/// <item>Only committed documents count: a document's keys wait for its batch's commit (<see cref="Commit"/>); a document
/// undone never adds any.</item>
/// <item>Keys are kept per budget id: a budget replaced within the run leaves keys for an id that is no longer stored
/// (skipped at the end) or that the new budget took (overwritten).</item>
/// <item>Units' grams come from the units' stored names at the end (a later document may rename a unit).</item>
/// </list>
/// The result is the rows a row-by-row import writes (<c>NameGramIndexTests</c> compares them).
/// </summary>
internal sealed class BulkNameGrams
{
    /// <summary>Rows per INSERT at the end: binding by position costs the same per value at any size.</summary>
    private const int RowsPerCommand = 64;

    private readonly Dictionary<int, ulong[]> _committed = [];
    private readonly List<(int BudgetId, ulong[] Keys)> _pending = [];
    private readonly List<ulong> _scratch = [];

    /// <summary>Keeps the grams of a budget just stored (ids assigned), until its batch commits.</summary>
    public void Add(Budget budget)
    {
        _scratch.Clear();
        foreach (var (kind, id, name, _) in NameGramWriter.NamesOf(budget)) AddKeys(_scratch, kind, id, name);
        _pending.Add((budget.Id, _scratch.ToArray()));
    }

    /// <summary>The documents added since the last commit are committed: their grams will be written.</summary>
    public void Commit()
    {
        foreach (var (budgetId, keys) in _pending) _committed[budgetId] = keys;
        _pending.Clear();
    }

    /// <summary>
    /// Replaces the table's rows by the grams of every stored unit and of every committed, still stored budget, in key
    /// order, inside <paramref name="transaction"/>; returns how many rows it wrote.
    /// </summary>
    public async Task<int> WriteAsync(SqliteConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var budgets = new HashSet<int>();
        var keys = new List<ulong>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = (SqliteTransaction)transaction;
            read.CommandText = "SELECT \"Id\" FROM \"Budgets\";";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) budgets.Add(reader.GetInt32(0));
        }
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = (SqliteTransaction)transaction;
            read.CommandText = "SELECT \"Id\", \"OfficialName\", \"ShortName\" FROM \"Units\";";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var unit = new Unit
                {
                    Id = reader.GetInt32(0), OfficialName = reader.GetString(1), ShortName = reader.GetString(2),
                };
                foreach (var (kind, id, name, _) in NameGramWriter.NamesOf(unit)) AddKeys(keys, kind, id, name);
            }
        }
        // The number an indicator's grams carry (NameGram.Value): its stored target, by id.
        var targets = new Dictionary<int, long>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = (SqliteTransaction)transaction;
            read.CommandText = "SELECT \"Id\", \"NumericTarget\" FROM \"Indicators\" WHERE \"NumericTarget\" IS NOT NULL;";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) targets[reader.GetInt32(0)] = reader.GetInt64(1);
        }
        var all = new ulong[keys.Count + _committed.Where(b => budgets.Contains(b.Key)).Sum(b => b.Value.Length)];
        keys.CopyTo(all);
        var filled = keys.Count;
        foreach (var (budgetId, budgetKeys) in _committed)
        {
            if (!budgets.Contains(budgetId)) continue;
            budgetKeys.CopyTo(all, filled);
            filled += budgetKeys.Length;
        }
        Array.Sort(all);
        // A gram that occurs twice in one name is one row.
        var distinct = all.Length == 0 ? 0 : 1;
        for (var i = 1; i < all.Length; i++)
            if (all[i] != all[distinct - 1]) all[distinct++] = all[i];

        await using (var delete = connection.CreateCommand())
        {
            delete.Transaction = (SqliteTransaction)transaction;
            delete.CommandText = "DELETE FROM \"NameGrams\";";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        using var statements = new SqliteStatements<int>();
        Span<char> gram = stackalloc char[2];
        for (var offset = 0; offset < distinct;)
        {
            var size = distinct - offset >= RowsPerCommand ? RowsPerCommand : 1;
            var statement = statements.For(connection, size, InsertSql);
            for (var r = 0; r < size; r++)
            {
                var (kind, first, second, entityId) = Decode(all[offset + r]);
                (gram[0], gram[1]) = (first, second);
                statements.BindInt64(statement, 4 * r + 1, (byte)kind);
                statements.BindText(statement, 4 * r + 2, gram);
                statements.BindInt64(statement, 4 * r + 3, entityId);
                if (kind == NameGramKind.IndicatorName && targets.TryGetValue(entityId, out var target))
                    statements.BindInt64(statement, 4 * r + 4, target);
                else statements.Bind(statement, 4 * r + 4, null);
            }
            statements.Execute(statement);
            offset += size;
        }
        await WriteCountsAsync(connection, transaction, all, distinct, targets, cancellationToken);
        return distinct;
    }

    /// <summary>
    /// The count of each kind and gram (<see cref="NameGramCount"/>): the runs of equal (kind, gram) among the sorted,
    /// distinct keys — the rows <c>NameSearch</c> reads instead of counting a gram's rows; and per indicator gram the count
    /// of each target its ids carry (<see cref="NameGramValueCount"/>), in key order (kind, gram, value).
    /// </summary>
    private static async Task WriteCountsAsync(SqliteConnection connection, DbTransaction transaction, ulong[] keys, int distinct,
        Dictionary<int, long> targets, CancellationToken cancellationToken)
    {
        var counts = new List<object[]>();
        var valueCounts = new List<object[]>();
        var values = new SortedDictionary<long, int>();
        for (var start = 0; start < distinct;)
        {
            var prefix = keys[start] >> 31;
            var end = start + 1;
            while (end < distinct && keys[end] >> 31 == prefix) end++;
            var (kind, first, second, _) = Decode(keys[start]);
            var gram = string.Concat(first, second);
            counts.Add([(int)(byte)kind, gram, end - start]);
            if (kind == NameGramKind.IndicatorName)
            {
                values.Clear();
                for (var k = start; k < end; k++)
                    if (targets.TryGetValue(Decode(keys[k]).EntityId, out var target)) values[target] = values.GetValueOrDefault(target) + 1;
                foreach (var (value, count) in values) valueCounts.Add([(int)(byte)kind, gram, value, count]);
            }
            start = end;
        }
        await ReplaceRowsAsync(connection, transaction, "NameGramCounts", ["Kind", "Gram", "Count"], counts, cancellationToken);
        await ReplaceRowsAsync(connection, transaction, "NameGramValueCounts", ["Kind", "Gram", "Value", "Count"], valueCounts, cancellationToken);
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

    private static void AddKeys(List<ulong> keys, NameGramKind kind, int entityId, string? name)
    {
        foreach (var (first, second) in NameGrams.Pairs(name)) keys.Add(Key(kind, first, second, entityId));
    }

    private static string InsertSql(int rows) =>
        "INSERT INTO \"NameGrams\" (\"Kind\", \"Gram\", \"EntityId\", \"Value\") VALUES " +
        string.Join(", ", Enumerable.Range(0, rows).Select(r => $"(@p{4 * r}, @p{4 * r + 1}, @p{4 * r + 2}, @p{4 * r + 3})")) + ";";
}
