using System.Runtime.InteropServices;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// SQLite's <c>sqlite3_bind_*</c> functions called straight on a prepared statement's pointer, for the bulk writer's
/// typed row binders (<see cref="RowBinder"/>). The same native library and functions as SQLitePCLRaw's
/// (<c>e_sqlite3</c>, which Microsoft.Data.Sqlite loads), without its per-call layers — a provider interface, a
/// <see cref="SafeHandle"/> reference count and a boxed value's type switch — which cost the import's single writer
/// more than SQLite's own binding did (about 0.2 µs per value, 15 million values at 5,000 documents). The caller
/// keeps the statement's <c>sqlite3_stmt</c> handle alive and uses it on one thread, as SQLite requires.
/// Each function returns SQLite's result code (<c>SQLITE_OK</c> = 0).
/// </summary>
internal static class SqliteBind
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLite copies the text before the call returns (the string may move afterwards).</summary>
    private static readonly nint Transient = -1;

    public static int Null(nint statement, int index) => sqlite3_bind_null(statement, index);

    public static int Int64(nint statement, int index, long value) => sqlite3_bind_int64(statement, index, value);

    public static int Boolean(nint statement, int index, bool value) => sqlite3_bind_int64(statement, index, value ? 1 : 0);

    /// <summary>NaN is refused, as by <see cref="SqliteStatements{TKey}.Bind"/> (SQLite would store it as NULL).</summary>
    public static int Double(nint statement, int index, double value) =>
        double.IsNaN(value)
            ? throw new NotSupportedException("The bulk writer does not bind NaN: SQLite would store it as NULL.")
            : sqlite3_bind_double(statement, index, value);

    /// <summary>UTF-16 text (SQLite stores it in the database's encoding); null binds NULL, empty text stays text.</summary>
    public static int Text(nint statement, int index, string? value) =>
        value is null ? sqlite3_bind_null(statement, index) : Text(statement, index, value.AsSpan());

    /// <summary>UTF-16 text (SQLite stores it in the database's encoding).</summary>
    public static int Text(nint statement, int index, ReadOnlySpan<char> value) =>
        // A null pointer would bind NULL: empty text points at a real (unread) byte instead.
        value.IsEmpty
            ? sqlite3_bind_text16(statement, index, ref MemoryMarshal.GetArrayDataReference(EmptyText), 0, Transient)
            : sqlite3_bind_text16(statement, index, ref MemoryMarshal.GetReference(MemoryMarshal.AsBytes(value)), value.Length * sizeof(char), Transient);

    private static readonly byte[] EmptyText = [0, 0];

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    private static extern int sqlite3_bind_null(nint statement, int index);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    private static extern int sqlite3_bind_int64(nint statement, int index, long value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    private static extern int sqlite3_bind_double(nint statement, int index, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
    // The text as bytes: a blittable ref, pinned for the call (a char would be marshalled as one ANSI byte).
    private static extern int sqlite3_bind_text16(nint statement, int index, ref byte text, int bytes, nint destructor);
}
