using SQLitePCL;

namespace BudgetGraph.Data;

/// <summary>How the native SQLite library guards a connection against use by several threads at once.</summary>
public enum SqliteThreading
{
    /// <summary>
    /// SQLite's default: every API call takes the connection's mutex. Kept when the library was already in use before
    /// <see cref="SqliteLibrary.Configure"/> ran (it can only be changed before the first connection).
    /// </summary>
    Serialized,

    /// <summary>No per-connection mutex: each connection (and its statements) is used by one thread at a time.</summary>
    MultiThread,
}

/// <summary>
/// Process-wide settings of the native SQLite library, made once before its first connection opens: SQLite's
/// multi-thread mode and no memory statistics (<c>SQLITE_CONFIG_MULTITHREAD</c>, <c>SQLITE_CONFIG_MEMSTATUS</c> 0, the
/// settings SQLite's own documentation recommends for speed). Serialized mode, the bundled library's default, locks
/// and unlocks the connection's mutex in every call — every step of a statement and every column value read — which
/// was 7–9 % of the CPU of a list-heavy request (issue 8, session 24: d-nested on 5,005 disclosures 11 % more
/// requests per second without it). It protects nothing here: a connection belongs to one
/// <c>SqliteConnection</c>, which is not thread-safe and is used by one thread at a time (a GraphQL request's reads
/// run serially on its one connection; the import writes on one connection; the connection pool hands a connection to
/// one user at a time). SQLite's own worker threads (its sorter's) and <c>sqlite3_interrupt</c> (a cancelled command)
/// stay safe in this mode. SQLite's core mutexes (page cache, allocator, shared cache) stay on.
/// <para>
/// The rule this mode adds: every command is disposed (EF Core disposes its own; ours are in <c>using</c>, or owned and
/// disposed by their writer, <c>BulkGraphWriter</c>, <c>RepeatedCommand</c>, <c>StatementKeepingSqliteConnection</c>).
/// A command left to the garbage collector has its prepared statements finalized on the finalizer thread, which in this
/// mode must not happen while the pooled connection they belong to is in use on another thread.
/// </para>
/// </summary>
public static class SqliteLibrary
{
    private static readonly Lazy<SqliteThreading> Threading = new(ConfigureOnce);

    /// <summary>
    /// Applies the settings if SQLite has not been used yet in this process, and says which threading mode it runs in.
    /// Call it first thing in a program (the API's <c>Program.cs</c> does); later calls return the first call's answer.
    /// </summary>
    public static SqliteThreading Configure() => Threading.Value;

    private static SqliteThreading ConfigureOnce()
    {
        // Sets SQLitePCLRaw's provider (Microsoft.Data.Sqlite makes the same call when it first loads).
        Batteries_V2.Init();
        // SQLITE_MISUSE when the library is already initialized (a connection was opened before): serialized stays.
        if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) != raw.SQLITE_OK) return SqliteThreading.Serialized;
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return SqliteThreading.MultiThread;
    }
}
