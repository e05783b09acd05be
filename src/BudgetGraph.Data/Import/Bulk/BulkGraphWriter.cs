using System.Data.Common;
using System.Numerics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// Inserts a new object graph (e.g. a <see cref="Entities.Budget"/> with every row under it) with prepared,
/// parameterised multi-row INSERT commands generated from the EF model — far cheaper than the change tracker for
/// hundreds of rows per document, and the same code on SQLite and SQL Server.
/// <list type="bullet">
/// <item>The graph is walked along the model's navigations; an entity whose generated key is already set (e.g. an
/// existing unit) is referenced, not inserted.</item>
/// <item>Generated integer keys are assigned here, from <c>MAX(key) + 1</c> read inside the caller's transaction
/// (on SQL Server with a table lock held to its end, and with <c>IDENTITY_INSERT</c>), then foreign keys are filled
/// from the navigations, on the CLR objects too, so the caller sees the ids as after <c>SaveChanges</c>.</item>
/// <item>It must run inside a transaction (the caller's document transaction): all or nothing.</item>
/// </list>
/// One writer per open connection; it keeps its prepared commands until disposed.
/// </summary>
public sealed class BulkGraphWriter(DbContext db) : IDisposable
{
    private readonly BulkModel _model = BulkModel.For(db);
    private readonly Dictionary<(EntityTable, int), DbCommand> _inserts = [];
    private readonly Dictionary<EntityTable, DbCommand> _maxKeys = [];
    private readonly Dictionary<Type, EntityTable> _tablesByType = [];
    private readonly SqliteStatements<(EntityTable Table, int Rows)> _native = new();
    private Func<(EntityTable Table, int Rows), string>? _nativeSql;

    /// <summary>
    /// Rows per natively bound SQLite INSERT at most: binding by position costs the same per value whatever the size,
    /// so larger statements only save steps; beyond a few dozen rows nothing measurable is left to save.
    /// </summary>
    private const int NativeRowsPerCommand = 32;

    /// <summary>Inserts every new entity reachable from <paramref name="root"/>; returns how many rows were written.</summary>
    public Task<int> InsertAsync(object root, CancellationToken cancellationToken = default) =>
        InsertAsync([root], cancellationToken);

    /// <summary>Inserts every new entity reachable from any of <paramref name="roots"/>, keys in their order.</summary>
    public async Task<int> InsertAsync(IReadOnlyList<object> roots, CancellationToken cancellationToken = default)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The bulk writer runs inside the caller's transaction; begin one first.");
        EntityGraph graph;
        if (_digested is var (digestedRoot, digestedGraph) && roots is [var only] && ReferenceEquals(only, digestedRoot))
        {
            graph = digestedGraph;
            _digested = null;
        }
        else graph = Collect(roots);

        foreach (var table in _model.InsertOrder)
        {
            if (table.GeneratedKey is null || !graph.NewByTable.TryGetValue(table, out var rows)) continue;
            var next = await NextKeyAsync(table, transaction, cancellationToken);
            foreach (var row in rows) table.KeyAccess!.Set(row, next++);
        }

        var written = 0;
        foreach (var table in _model.InsertOrder)
        {
            if (!graph.NewByTable.TryGetValue(table, out var rows)) continue;
            if (transaction.Connection is SqliteConnection sqlite && table.Binder is { } binder)
            {
                InsertNatively(sqlite, table, binder, rows, graph);
                written += rows.Count;
                continue;
            }
            var values = new object[rows.Count][];
            for (var r = 0; r < rows.Count; r++) values[r] = RowValues(table, rows[r], graph);
            written += await InsertRowsAsync(table, values, transaction, cancellationToken);
        }
        return written;
    }

    /// <summary>
    /// The SHA-256 of the rows <see cref="InsertAsync(object, CancellationToken)"/> would write for <paramref name="root"/>
    /// (<see cref="ReadingDigest"/>); writes nothing, needs no connection.
    /// </summary>
    public string ReadingDigestOf(object root)
    {
        var graph = Collect([root]);
        _digested = (root, graph);
        return ReadingDigest.Of(graph, _model.InsertOrder);
    }

    /// <summary>
    /// The graph the last digest walked, kept for the insert of the same root that usually follows (a second walk of a
    /// document's few hundred rows otherwise): the walk depends only on the navigations and on which keys are set, and
    /// neither changes in between.
    /// </summary>
    private (object Root, EntityGraph Graph)? _digested;

    /// <summary>
    /// The SQL this writer sends for each table, in insert order, for <paramref name="rows"/> rows per command, on the
    /// context's provider (for snapshots; generating it needs no connection).
    /// </summary>
    public static string DescribeSql(DbContext db, int rows = 2)
    {
        var model = BulkModel.For(db);
        return string.Join("\n\n", model.InsertOrder.Select(t =>
            $"-- {t.EntityType.ClrType.Name}\n" + (t.GeneratedKey is null ? "" : MaxKeySql(model, t) + "\n") + InsertSql(model, t, rows))) + "\n";
    }

    public void Dispose()
    {
        foreach (var command in _inserts.Values.Concat(_maxKeys.Values)) command.Dispose();
        _inserts.Clear();
        _maxKeys.Clear();
        _native.Dispose();
    }

    private static string MaxKeySql(BulkModel model, EntityTable table) =>
        // SQL Server: lock the table to the end of the transaction, so no other writer takes the same keys.
        $"SELECT MAX({table.KeyColumn}) FROM {table.DelimitedTable}{(model.IsSqlServer ? " WITH (TABLOCKX, HOLDLOCK)" : "")};";

    private static string InsertSql(BulkModel model, EntityTable table, int rows)
    {
        var insert = table.InsertSql(rows, "@");
        return model.IsSqlServer && table.GeneratedKey is not null
            ? $"SET IDENTITY_INSERT {table.DelimitedTable} ON;\n{insert}\nSET IDENTITY_INSERT {table.DelimitedTable} OFF;"
            : insert;
    }

    private async Task<int> NextKeyAsync(EntityTable table, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!_maxKeys.TryGetValue(table, out var command) || command.Connection != transaction.Connection)
        {
            command?.Dispose();
            command = transaction.Connection!.CreateCommand();
            command.CommandText = MaxKeySql(_model, table);
            _maxKeys[table] = command;
        }
        command.Transaction = transaction;
        var max = await command.ExecuteScalarAsync(cancellationToken);
        return max is null or DBNull ? 1 : Convert.ToInt32(max, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    /// <summary>
    /// Through ADO.NET (SQL Server; a SQLite table without a <see cref="RowBinder"/>): writes the rows in commands of
    /// power-of-two sizes (at most the provider's limit), so each table needs only a
    /// handful of distinct commands, each prepared once and reused for every document.
    /// </summary>
    private async Task<int> InsertRowsAsync(EntityTable table, object[][] rows, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var max = _model.MaxRowsPerCommand(table);
        var offset = 0;
        while (offset < rows.Length)
        {
            var size = Math.Min(max, 1 << BitOperations.Log2((uint)(rows.Length - offset)));
            var command = InsertCommand(table, size, transaction);
            command.Transaction = transaction;
            var columns = table.Columns.Count;
            for (var r = 0; r < size; r++)
                for (var c = 0; c < columns; c++)
                    command.Parameters[r * columns + c].Value = rows[offset + r][c];
            await command.ExecuteNonQueryAsync(cancellationToken);
            offset += size;
        }
        return rows.Length;
    }

    /// <summary>
    /// SQLite, a table with a <see cref="RowBinder"/>: the same multi-row INSERTs, prepared once per connection and run
    /// through the native API (<see cref="SqliteStatements{TKey}"/>), each entity's columns bound straight from its
    /// members once its foreign keys are set from its principals.
    /// </summary>
    private void InsertNatively(SqliteConnection connection, EntityTable table, RowBinder binder, List<object> rows, EntityGraph graph)
    {
        var offset = 0;
        var columns = table.Columns.Count;
        while (offset < rows.Count)
        {
            var size = Math.Min(NativeRowsPerCommand, 1 << BitOperations.Log2((uint)(rows.Count - offset)));
            var statement = _native.For(connection, (table, size), _nativeSql ??= key => InsertSql(_model, key.Table, key.Rows));
            for (var r = 0; r < size; r++)
            {
                var entity = rows[offset + r];
                for (var k = 0; k < table.ForeignKeyColumns.Count; k++)
                {
                    var c = table.ForeignKeyColumns[k];
                    graph.ValueOf(entity, table.Columns[c], table.ForeignKeysOf[c]);
                }
                _native.BindRow(statement, binder, entity, r * columns + 1);
            }
            _native.Execute(statement);
            offset += size;
        }
    }

    private DbCommand InsertCommand(EntityTable table, int rows, DbTransaction transaction)
    {
        if (_inserts.TryGetValue((table, rows), out var command) && command.Connection == transaction.Connection) return command;
        command?.Dispose();
        command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql(_model, table, rows);
        table.AddParameters(command, rows, "@");
        command.Prepare();
        _inserts[(table, rows)] = command;
        return command;
    }

    private static object[] RowValues(EntityTable table, object entity, EntityGraph graph)
    {
        var values = new object[table.Columns.Count];
        for (var c = 0; c < values.Length; c++)
        {
            var column = table.Columns[c];
            values[c] = column.ToProvider(graph.ValueOf(entity, column, table.ForeignKeysOf[c]));
        }
        return values;
    }

    internal EntityGraph Collect(IReadOnlyList<object> roots)
    {
        var graph = new EntityGraph();
        var stack = new Stack<object>();
        var children = new List<object>();
        for (var r = roots.Count - 1; r >= 0; r--) stack.Push(roots[r]);
        while (stack.Count > 0)
        {
            var entity = stack.Pop();
            if (!graph.Visited.Add(entity)) continue;
            var table = TableOf(entity);
            if (!table.IsNew(entity)) continue; // existing: referenced by key, neither inserted nor walked
            graph.Add(table, entity);

            // Depth first, in navigation and list order (as EF's graph attach does): keys follow the document's order.
            children.Clear();
            for (var n = 0; n < table.Navigations.Count; n++)
            {
                var navigation = table.Navigations[n];
                var value = table.NavigationAccess[n].Get(entity);
                if (value is null) continue;
                if (navigation.IsCollection)
                {
                    foreach (var item in (System.Collections.IEnumerable)value)
                        Link(graph, children, entity, navigation, item);
                }
                else Link(graph, children, entity, navigation, value);
            }
            for (var c = children.Count - 1; c >= 0; c--) stack.Push(children[c]);
        }

        // Keys are known once assigned; foreign keys are read through the principal recorded here.
        return graph;
    }

    private static void Link(EntityGraph graph, List<object> children, object entity, INavigation navigation, object other)
    {
        if (navigation.IsOnDependent) graph.SetPrincipal(entity, navigation.ForeignKey, other);
        else graph.SetPrincipal(other, navigation.ForeignKey, entity);
        children.Add(other);
    }

    private EntityTable TableOf(object entity)
    {
        var clrType = entity.GetType();
        if (_tablesByType.TryGetValue(clrType, out var table)) return table;
        var type = db.Model.FindRuntimeEntityType(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not an entity of the model.");
        return _tablesByType[clrType] = _model.Tables[type];
    }
}
