using System.Runtime.InteropServices;
using SQLitePCL;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The column getters of the native SQLite library that SQLitePCLRaw's <c>e_sqlite3</c> provider calls — the very same
/// loaded library (checked once: the same name resolves to the same handle for this assembly as for the provider's) —
/// declared on the statement's raw pointer. SQLitePCLRaw declares them on the statement's <see cref="SafeHandle"/>,
/// so every value read took and released a reference on it (two interlocked operations per value, about 6 % of a
/// list-heavy request's CPU). The caller holds the statement (its data reader is open) for as long as it reads.
/// </summary>
internal static class SqliteStatementExports
{
    private const string Library = "e_sqlite3";

    /// <summary>Whether these declarations call the library the provider uses (false: use SQLitePCLRaw's calls).</summary>
    public static readonly bool Available = Check();

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern long sqlite3_column_int64(IntPtr statement, int ordinal);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern double sqlite3_column_double(IntPtr statement, int ordinal);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_column_type(IntPtr statement, int ordinal);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr sqlite3_column_text(IntPtr statement, int ordinal);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_column_bytes(IntPtr statement, int ordinal);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_libversion_number();

    private static bool Check()
    {
        try
        {
            // The provider is set when Microsoft.Data.Sqlite first loads (its own Batteries_V2.Init call): before that,
            // e.g. when a getter runs before any connection was made, raw has none and this check threw for good.
            // The same call here (it sets the provider once) makes the check independent of that order.
            Batteries_V2.Init();
            return raw.GetNativeLibraryName() == Library
                   && NativeLibrary.TryLoad(Library, typeof(SQLite3Provider_e_sqlite3).Assembly, null, out var providers)
                   && NativeLibrary.TryLoad(Library, typeof(SqliteStatementExports).Assembly, null, out var ours)
                   && providers == ours
                   && sqlite3_libversion_number() == raw.sqlite3_libversion_number();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }
}
