using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// Prepared SQLite statements executed straight through the native API, parameters bound by position and type.
/// Microsoft.Data.Sqlite binds every parameter of a command by name on every execution (a name lookup in the
/// statement and a conversion per value): for the bulk writer's multi-row INSERTs that was 40 % of the writer's time.
/// Values are bound through <see cref="SqliteBind"/> (the same native functions, without SQLitePCLRaw's per-call layers).
/// Statements belong to one connection handle (a new handle — the connection was closed and reopened — prepares them
/// again) and run in whatever transaction that connection holds. Only the value types
/// <see cref="SqliteNativeTypes.CanBind"/> accepts are bound here, so that a value is stored exactly as Microsoft.Data.Sqlite would
/// store it; a table with another column type goes through ADO.NET.
/// </summary>
/// <typeparam name="TKey">What identifies a statement (its SQL is only generated the first time).</typeparam>
internal sealed class SqliteStatements<TKey> : IDisposable where TKey : notnull
{
    private readonly Dictionary<TKey, sqlite3_stmt> _statements = [];
    private sqlite3? _handle;

    /// <summary>The statement <paramref name="key"/> on <paramref name="connection"/>'s handle, prepared once from <paramref name="sql"/>.</summary>
    public sqlite3_stmt For(SqliteConnection connection, TKey key, Func<TKey, string> sql)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (!ReferenceEquals(handle, _handle))
        {
            Dispose();
            _handle = handle;
        }
        if (_statements.TryGetValue(key, out var statement)) return statement;
        Check(raw.sqlite3_prepare_v3(handle, sql(key), raw.SQLITE_PREPARE_PERSISTENT, out statement), handle);
        _statements[key] = statement;
        return statement;
    }

    /// <summary>Binds <paramref name="value"/> (null, DBNull or a type <see cref="SqliteNativeTypes.CanBind"/> accepts) to parameter <paramref name="index"/> (1-based).</summary>
    public void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var pointer = statement.DangerousGetHandle();
        Check(value switch
        {
            null or DBNull => SqliteBind.Null(pointer, index),
            string s => SqliteBind.Text(pointer, index, s),
            long l => SqliteBind.Int64(pointer, index, l),
            int i => SqliteBind.Int64(pointer, index, i),
            short s => SqliteBind.Int64(pointer, index, s),
            byte b => SqliteBind.Int64(pointer, index, b),
            bool b => SqliteBind.Boolean(pointer, index, b),
            double d when !double.IsNaN(d) => SqliteBind.Double(pointer, index, d),
            _ => throw new NotSupportedException($"The bulk writer does not bind {value.GetType().Name} values natively."),
        }, _handle!);
    }

    /// <summary>Binds <paramref name="entity"/>'s columns from parameter <paramref name="firstIndex"/> on (1-based) with its table's <see cref="RowBinder"/>.</summary>
    public void BindRow(sqlite3_stmt statement, RowBinder binder, object entity, int firstIndex) =>
        Check(binder(entity, statement.DangerousGetHandle(), firstIndex), _handle!);

    /// <summary>Binds an integer to parameter <paramref name="index"/> (1-based).</summary>
    public void BindInt64(sqlite3_stmt statement, int index, long value) =>
        Check(SqliteBind.Int64(statement.DangerousGetHandle(), index, value), _handle!);

    /// <summary>Binds text (SQLite copies it) to parameter <paramref name="index"/> (1-based).</summary>
    public void BindText(sqlite3_stmt statement, int index, ReadOnlySpan<char> value) =>
        Check(SqliteBind.Text(statement.DangerousGetHandle(), index, value), _handle!);

    /// <summary>Runs a statement that returns no rows (and resets it, also when it fails).</summary>
    public void Execute(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        // After a failed step, reset returns the same error; the message is read before it.
        if (rc != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(_handle!).utf8_to_string();
            raw.sqlite3_reset(statement);
            throw new SqliteException($"SQLite Error {rc}: '{message}'.", rc, raw.sqlite3_extended_errcode(_handle!));
        }
        raw.sqlite3_reset(statement);
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
        _handle = null;
    }

    private static void Check(int rc, sqlite3 handle)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, handle);
    }
}
