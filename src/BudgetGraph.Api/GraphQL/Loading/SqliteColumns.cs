using System.Runtime.InteropServices;
using SQLitePCL;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// Column values of the current row of a SQLite statement (<see cref="Microsoft.Data.Sqlite.SqliteDataReader.Handle"/>,
/// Microsoft.Data.Sqlite's documented interop handle), read with one native call per value where
/// <see cref="Microsoft.Data.Sqlite.SqliteDataReader"/>'s getters make three or four (each checks the row and the
/// value's type first; every call takes the statement's handle and the database's mutex). Each getter converts as
/// the data reader's getter of the same name does; <see cref="IsNull"/> is its <c>IsDBNull</c>. The native getters are
/// called on the statement's raw pointer (<see cref="SqliteStatementExports"/>) when they are the provider's library.
/// </summary>
public static class SqliteColumns
{
    /// <summary>
    /// Whether the getters call SQLite on the statement's raw pointer (<see cref="SqliteStatementExports"/>: the
    /// provider's own <c>e_sqlite3</c>) rather than through SQLitePCLRaw's handle-taking calls.
    /// </summary>
    public static bool ReadsRawPointer => SqliteStatementExports.Available;

    /// <summary>Whether the value is NULL (<c>IsDBNull</c>).</summary>
    public static bool IsNull(sqlite3_stmt statement, int ordinal) => (SqliteStatementExports.Available
        ? SqliteStatementExports.sqlite3_column_type(statement.DangerousGetHandle(), ordinal)
        : raw.sqlite3_column_type(statement, ordinal)) == raw.SQLITE_NULL;

    public static long GetInt64(sqlite3_stmt statement, int ordinal) => Int64(statement, ordinal);

    public static int GetInt32(sqlite3_stmt statement, int ordinal) => checked((int)Int64(statement, ordinal));

    public static short GetInt16(sqlite3_stmt statement, int ordinal) => checked((short)Int64(statement, ordinal));

    public static bool GetBoolean(sqlite3_stmt statement, int ordinal) => Int64(statement, ordinal) != 0;

    public static double GetDouble(sqlite3_stmt statement, int ordinal) => SqliteStatementExports.Available
        ? SqliteStatementExports.sqlite3_column_double(statement.DangerousGetHandle(), ordinal)
        : raw.sqlite3_column_double(statement, ordinal);

    /// <summary>
    /// The text of a value, null for NULL (<c>IsDBNull</c> then <c>GetString</c> in one native call: SQLite returns no
    /// text pointer for NULL only).
    /// </summary>
    public static string? GetStringOrNull(sqlite3_stmt statement, int ordinal) => Text(statement, ordinal);

    /// <summary>The text of a value that is not NULL; a NULL throws, as <c>GetString</c> does.</summary>
    public static string GetString(sqlite3_stmt statement, int ordinal) =>
        Text(statement, ordinal)
        ?? throw new InvalidOperationException($"The data is NULL at ordinal {ordinal}. This method can't be called on NULL values. Check using IsDBNull before calling.");

    private static long Int64(sqlite3_stmt statement, int ordinal) => SqliteStatementExports.Available
        ? SqliteStatementExports.sqlite3_column_int64(statement.DangerousGetHandle(), ordinal)
        : raw.sqlite3_column_int64(statement, ordinal);

    // sqlite3_column_text first, then sqlite3_column_bytes: the length of the text in the form just asked for.
    private static string? Text(sqlite3_stmt statement, int ordinal)
    {
        if (!SqliteStatementExports.Available) return raw.sqlite3_column_text(statement, ordinal).utf8_to_string();
        var handle = statement.DangerousGetHandle();
        var text = SqliteStatementExports.sqlite3_column_text(handle, ordinal);
        return text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text, SqliteStatementExports.sqlite3_column_bytes(handle, ordinal));
    }
}
