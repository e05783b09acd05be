using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import.Bulk;

/// <summary>
/// SQLite settings for one import run on the importer's open connection, and — when the run fills an empty database —
/// the secondary indexes built once at the end instead of row by row.
/// <list type="bullet">
/// <item>Connection settings for the run (restored by <see cref="FinishAsync"/>, since pooled connections keep them):
/// a larger page cache, so that a batch's pages stay in memory instead of spilling to the log and being read back;
/// temporary storage (the savepoint journal of each document) in memory instead of a temporary file.</item>
/// <item>Into an empty database (no source document, no budget): every non-unique index is dropped — its DDL read from
/// <c>sqlite_master</c> and kept in the table <see cref="DeferredTable"/>, in the same transaction — and created again
/// by <see cref="FinishAsync"/> (with a rollback journal for that transaction when the database is the run's alone, see
/// <see cref="RecoverAsync"/>), which also drops that table and then writes the derived rows the importer skipped per
/// document (<see cref="ExpenditureLevelTotals.AllBudgets"/>): the end state is the schema and rows of a normal import.
/// Unique indexes (and primary keys) stay: they enforce identity (unit slug, unit and year, subject code) and the
/// importer reads through them. Should the process die in between, the next import finds <see cref="DeferredTable"/>
/// and builds the indexes and the totals (<see cref="RecoverAsync"/>); a migration applied before it builds the
/// indexes first, on the schema they were dropped from (<see cref="BuildDeferredIndexesBeforeMigratingAsync"/>). The
/// data committed is whole either way, only slower to query until then.</item>
/// </list>
/// While indexes are deferred the importer must not query through them per document (see
/// <see cref="IndexesDeferred"/>): it checks SHA-256 against the hashes it knows and runs the cross-year check once at
/// the end over the whole dataset.
/// </summary>
internal sealed class SqliteBulkLoad
{
    /// <summary>The DDL of the indexes dropped for a bulk load, until they are built again.</summary>
    public const string DeferredTable = "__BudgetGraphDeferredIndexes";

    /// <summary>Page cache of the import connection (KiB): a batch's working set, far less than the process's RSS budget.</summary>
    private const int CacheKibibytes = 16384;

    /// <summary>
    /// How much of the database file the deferred index builds read through a memory map (<c>PRAGMA mmap_size</c>):
    /// SQLite's own ceiling (<c>SQLITE_MAX_MMAP_SIZE</c>, just under 2 GiB), past which it maps no more; a 50,005-document
    /// database (7 GB) is read through the map for its first 2 GiB and by read() calls beyond.
    /// </summary>
    internal const long MappedBytesWhileBuilding = 0x7fff0000;

    private readonly DbConnection _connection;
    private readonly (string Pragma, string Value)[] _restore;

    private SqliteBulkLoad(DbConnection connection, (string Pragma, string Value)[] restore, bool indexesDeferred, bool recovered, int gramBlockKeys)
    {
        _connection = connection;
        _restore = restore;
        IndexesDeferred = indexesDeferred;
        Recovered = recovered;
        NameGrams = indexesDeferred ? new BulkNameGrams(gramBlockKeys) : null;
    }

    /// <summary>
    /// While indexes are deferred: the name grams of the documents stored, written by <see cref="FinishAsync"/> (the
    /// importer adds each stored budget and commits them with its batch); null otherwise.
    /// </summary>
    public BulkNameGrams? NameGrams { get; }

    /// <summary>
    /// Whether an interrupted bulk load's indexes were built when this run began: its documents were stored without
    /// the cross-year check, which the caller must run over the whole dataset.
    /// </summary>
    public bool Recovered { get; }

    /// <summary>Whether the secondary indexes are dropped until <see cref="FinishAsync"/>.</summary>
    public bool IndexesDeferred { get; }

    /// <summary>
    /// Applies the run's settings on the context's open connection and, if <paramref name="deferIndexes"/> and the
    /// database is empty, drops the non-unique indexes. Null on other providers.
    /// </summary>
    /// <param name="gramBlockKeys">The block size of the run's name grams (<see cref="BulkNameGrams"/>; tests use small ones).</param>
    public static async Task<SqliteBulkLoad?> BeginAsync(DbContext db, bool deferIndexes, CancellationToken cancellationToken,
        int gramBlockKeys = BulkNameGrams.DefaultBlockKeys)
    {
        if (!db.Database.IsSqlite()) return null;
        var connection = db.Database.GetDbConnection();
        var recovered = await RecoverAsync(connection, cancellationToken);

        // Bulk-load settings: write-ahead log (readers keep reading while documents go in; one file append per
        // commit) and no fsync per commit (a crash loses at most the last documents, never consistency).
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken);
        var restore = await SetAsync(connection, [("cache_size", $"-{CacheKibibytes}"), ("temp_store", "MEMORY")], cancellationToken);

        var deferred = deferIndexes && await IsEmptyAsync(connection, cancellationToken);
        if (deferred) await DropSecondaryIndexesAsync(connection, cancellationToken);
        return new SqliteBulkLoad(connection, restore, deferred, recovered, gramBlockKeys);
    }

    /// <summary>
    /// Builds the deferred indexes again (one transaction) and restores the connection's settings. The index sorts
    /// use SQLite's worker threads only if <paramref name="coresSeen"/> — the cores the run kept busy while it stored
    /// its documents (process CPU time ÷ wall time) — says the machine has cores to spare: see <see cref="SorterThreads"/>.
    /// </summary>
    /// <param name="phases">The run's clock, on which the builds end their steps (<see cref="BuildSteps"/>).</param>
    public async Task FinishAsync(double coresSeen, CancellationToken cancellationToken, ImportPhases? phases = null)
    {
        // Restored first: the index sorts then spill to temporary files, not into this process's memory.
        await RestoreAsync(_connection, _restore, cancellationToken);
        if (IndexesDeferred) await RecoverAsync(_connection, cancellationToken, NameGrams, SorterThreads(coresSeen), phases);
    }

    /// <summary>
    /// The steps of the deferred builds, in order, as the run report names them: the secondary indexes (and the
    /// settings and journal mode for them), the totals and counts summed through them, the name gram rows and their
    /// indexes, and the commit (with the journal mode set back). At 50,005 documents: 91, 20, 39 and 0.5 s.
    /// </summary>
    public static readonly IReadOnlyList<string> BuildSteps = [IndexBuildsStep, TotalsStep, NameGramsStep, CommitStep];

    private const string IndexBuildsStep = "index builds";
    private const string TotalsStep = "totals and counts";
    private const string NameGramsStep = "name grams";
    private const string CommitStep = "commit";

    /// <summary>
    /// Worker threads for SQLite's sorter while the deferred indexes are built. Nothing else of the run works then, so
    /// on an otherwise idle machine the sorts may take every core (SQLite allows up to 8): on this 2-core machine that
    /// cut the index builds' wall time by 5–28 % (near-quiet) for a third more CPU time. On a machine other processes
    /// keep busy the extra CPU time only queues behind them (measured: the end of a 5,005-document load 1.4–3.6× slower),
    /// so the workers are used only when the documents phase got at least 1.5 cores (quiet: 1.7; under load 0.2–1.0).
    /// </summary>
    internal static int SorterThreads(double coresSeen) =>
        Environment.ProcessorCount > 1 && coresSeen >= 1.5 ? Math.Min(Environment.ProcessorCount, 8) : 0;

    /// <summary>
    /// Builds indexes a bulk load left deferred (its end, or an interrupted run), every budget's level totals and the
    /// name gram index, in one transaction; false when there were none. The grams come from <paramref name="grams"/>
    /// (the run's own, at its end) or else are derived again from every stored name in SQL (an interrupted run).
    /// </summary>
    /// <param name="sorterThreads">SQLite's <c>PRAGMA threads</c> for the sorts (0: none, SQLite's default), restored after.</param>
    /// <param name="phases">Where the <see cref="BuildSteps"/> end, when the run is timed.</param>
    public static async Task<bool> RecoverAsync(DbConnection connection, CancellationToken cancellationToken, BulkNameGrams? grams = null,
        int sorterThreads = 0, ImportPhases? phases = null)
    {
        if (!await HasDeferredTableAsync(connection, cancellationToken)) return false;
        // Connection settings for the builds (pooled connections keep them): restored after.
        // The index builds below are sorts: SQLite's sorter can hand its sorted runs to worker threads (PRAGMA threads).
        // Each build scans its whole table (126 builds, the indicators' table 27 times): read through a memory map, a page
        // is the kernel's cached page itself, not a copy made by a read() call into SQLite's 2 MB page cache and evicted
        // again. At 5,005 documents the end's wall time was 0.74–0.88 of what it was and its CPU time 0.82 (BENCHMARK.md,
        // session 65). The mapped pages are the database file's, which the kernel caches either way: they show in the
        // process's RSS (the import's peak 227 → 597 MB at 5,005), not as memory it allocates. Should the file's storage
        // fail under the map, the process stops (SIGBUS) instead of getting an error, which leaves the database as a
        // crash would: the transaction is not committed.
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var restore = await SetAsync(connection,
            [("threads", sorterThreads.ToString(invariant)), ("mmap_size", MappedBytesWhileBuilding.ToString(invariant))], cancellationToken);
        // The builds write every index page anew (hundreds of MB): in WAL mode each page goes to the log and is copied
        // into the database again by the checkpoint, where a rollback journal keeps only the few existing pages they
        // change and the new pages are written once, past the database's end (at 5,005 documents, every index built in
        // 7.3–7.5 s instead of 9.1–9.2 s). Leaving WAL needs the database to itself: with another connection open (a
        // service reading it) the builds run in WAL as before. The transaction is atomic in either mode. A reader that
        // connects meanwhile waits for its end, as for any rollback-journal write (it would have read a database
        // without its indexes); should it still hold the database when WAL is asked back, the database stays with its
        // rollback journal — consistent, only without concurrent reads — until the next schema setup (every import and
        // service start: SnapshotReads) puts it in WAL.
        var journalSwitched = await TrySetJournalModeAsync(connection, "delete", timeoutSeconds: 1);
        try
        {
            await BuildDeferredAsync(connection, grams, phases, cancellationToken);
        }
        finally
        {
            if (journalSwitched) await TrySetJournalModeAsync(connection, "wal", timeoutSeconds: 10);
            await RestoreAsync(connection, restore, CancellationToken.None);
        }
        phases?.EndStep(CommitStep);
        return true;
    }

    /// <summary>
    /// Before migrations are applied to a database an interrupted bulk load left with its indexes deferred: builds
    /// those indexes with the DDL kept (the schema they were dropped from, the one the migrations start from) and
    /// empties <see cref="DeferredTable"/>, leaving it as the mark that the load's totals and name grams are still to
    /// be written (<see cref="RecoverAsync"/>, at the next import, once the schema is current). Without this, a
    /// migration that drops or replaces one of those indexes fails on a database that does not have it. Returns the
    /// number of indexes built (0: nothing deferred, or not SQLite).
    /// </summary>
    public static async Task<int> BuildDeferredIndexesBeforeMigratingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return 0;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            if (!await HasDeferredTableAsync(connection, cancellationToken)) return 0;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var statements = await DeferredStatementsAsync(connection, transaction, cancellationToken);
            foreach (var sql in statements) await ExecuteAsync(connection, sql + ";", cancellationToken, transaction);
            await ExecuteAsync(connection, $"DELETE FROM \"{DeferredTable}\";", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
            return statements.Count;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    /// <summary>Whether a bulk load left indexes (or its totals) to build: <see cref="DeferredTable"/> exists.</summary>
    private static async Task<bool> HasDeferredTableAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection,
            $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{DeferredTable}';", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture) > 0;

    /// <summary>The DDL of the deferred indexes, in schema order.</summary>
    private static async Task<List<string>> DeferredStatementsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var statements = new List<string>();
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT \"Sql\" FROM \"{DeferredTable}\" ORDER BY \"Ordinal\";";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) statements.Add(reader.GetString(0));
        return statements;
    }

    /// <summary>
    /// Sets the database's journal mode; false when SQLite keeps the one it has (another connection has the database
    /// open, or holds a lock on it for longer than <paramref name="timeoutSeconds"/>).
    /// </summary>
    internal static async Task<bool> TrySetJournalModeAsync(DbConnection connection, string mode, int timeoutSeconds = 1)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode={mode};";
        command.CommandTimeout = timeoutSeconds; // Microsoft.Data.Sqlite retries a busy database until the command's timeout
        try
        {
            return string.Equals(Convert.ToString(await command.ExecuteScalarAsync(CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture),
                mode, StringComparison.OrdinalIgnoreCase);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return false;
        }
    }

    private static async Task BuildDeferredAsync(DbConnection connection, BulkNameGrams? grams, ImportPhases? phases, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // None when a migration came in between (BuildDeferredIndexesBeforeMigratingAsync built them): only the rest.
        var statements = await DeferredStatementsAsync(connection, transaction, cancellationToken);
        // The gram table's own indexes are built after its rows (below): one sort, not an insert per row into them.
        static bool OnGrams(string sql) => sql.Contains(" ON \"NameGrams\" (", StringComparison.Ordinal);
        foreach (var sql in statements.Where(sql => !OnGrams(sql))) await ExecuteAsync(connection, sql + ";", cancellationToken, transaction);
        phases?.EndStep(IndexBuildsStep);
        // Derived data the importer leaves to the end of a bulk load: every budget's level totals, summed once
        // through the index just built instead of one INSERT … SELECT per document over unindexed lines.
        await ExecuteAsync(connection, ExpenditureLevelTotals.AllBudgets, cancellationToken, transaction);
        await ExecuteAsync(connection, ExpenditureDistrictTotals.AllDistricts, cancellationToken, transaction);
        await ExecuteAsync(connection, ExpenditureYearTotals.AllYears, cancellationToken, transaction);
        await ExecuteAsync(connection, ExpenditureUnitTotals.AllUnits, cancellationToken, transaction);
        await ExecuteAsync(connection, ExpenditureSubjectTotals.AllSubjects, cancellationToken, transaction);
        await ExecuteAsync(connection, ExpenditureTotalValues.AllValues, cancellationToken, transaction);
        await ExecuteAsync(connection, RowCounts.AllTables, cancellationToken, transaction);
        await ExecuteAsync(connection, BudgetRowCounts.AllBudgets, cancellationToken, transaction);
        await ExecuteAsync(connection, ValueCounts.AllColumns, cancellationToken, transaction);
        await ExecuteAsync(connection, AmountBands.AllColumns, cancellationToken, transaction);
        await ExecuteAsync(connection, FacetCounts.AllTables, cancellationToken, transaction);
        phases?.EndStep(TotalsStep);
        // And the name gram index, whole: the run's own grams in key order (BulkNameGrams), or — for a run interrupted
        // before its end, whose grams were lost with it — one sorted INSERT … SELECT of every stored name's grams (the
        // migration's backfill, checked equal to NameGrams.Of). Either is the index a row-by-row import leaves.
        if (grams is not null) await grams.WriteAsync((Microsoft.Data.Sqlite.SqliteConnection)connection, transaction, cancellationToken);
        else
        {
            await ExecuteAsync(connection, "DELETE FROM \"NameGrams\";", cancellationToken, transaction);
            await ExecuteAsync(connection, Search.NameGramSql.RebuildSqlite, cancellationToken, transaction);
        }
        foreach (var sql in statements.Where(OnGrams)) await ExecuteAsync(connection, sql + ";", cancellationToken, transaction);
        phases?.EndStep(NameGramsStep);
        await ExecuteAsync(connection, $"DROP TABLE \"{DeferredTable}\";", cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> IsEmptyAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection,
            "SELECT EXISTS (SELECT 1 FROM \"SourceDocuments\") OR EXISTS (SELECT 1 FROM \"Budgets\");", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture) == 0;

    /// <summary>Drops every index that is neither unique nor automatic, keeping its DDL (in schema order).</summary>
    private static async Task DropSecondaryIndexesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            // sql is NULL for automatic indexes (primary keys, UNIQUE constraints); unique indexes stay.
            read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL " +
                               "AND sql NOT LIKE 'CREATE UNIQUE INDEX%' ORDER BY rowid;";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        await ExecuteAsync(connection,
            $"CREATE TABLE \"{DeferredTable}\" (\"Ordinal\" INTEGER NOT NULL PRIMARY KEY, \"Name\" TEXT NOT NULL, \"Sql\" TEXT NOT NULL);",
            cancellationToken, transaction);
        await using (var keep = connection.CreateCommand())
        {
            keep.Transaction = transaction;
            keep.CommandText = $"INSERT INTO \"{DeferredTable}\" (\"Ordinal\", \"Name\", \"Sql\") VALUES ($ordinal, $name, $sql);";
            var ordinal = keep.CreateParameter();
            ordinal.ParameterName = "$ordinal";
            var name = keep.CreateParameter();
            name.ParameterName = "$name";
            var sql = keep.CreateParameter();
            sql.ParameterName = "$sql";
            keep.Parameters.Add(ordinal);
            keep.Parameters.Add(name);
            keep.Parameters.Add(sql);
            for (var i = 0; i < indexes.Count; i++)
            {
                ordinal.Value = i;
                name.Value = indexes[i].Name;
                sql.Value = indexes[i].Sql;
                await keep.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        foreach (var (index, _) in indexes)
            await ExecuteAsync(connection, $"DROP INDEX \"{index.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets each connection setting (<c>PRAGMA name=value</c>) and returns the values it had, for
    /// <see cref="RestoreAsync"/> (a setting this SQLite does not report is left out).</summary>
    private static async Task<(string Pragma, string Value)[]> SetAsync(DbConnection connection, (string Pragma, string Value)[] settings,
        CancellationToken cancellationToken)
    {
        var previous = new List<(string, string)>();
        foreach (var (pragma, value) in settings)
        {
            if (Convert.ToString(await ScalarAsync(connection, $"PRAGMA {pragma};", cancellationToken), System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } was)
                previous.Add((pragma, was));
            await ExecuteAsync(connection, $"PRAGMA {pragma}={value};", cancellationToken);
        }
        return previous.ToArray();
    }

    /// <summary>Puts back the settings <see cref="SetAsync"/> changed.</summary>
    private static async Task RestoreAsync(DbConnection connection, (string Pragma, string Value)[] previous, CancellationToken cancellationToken)
    {
        foreach (var (pragma, value) in previous) await ExecuteAsync(connection, $"PRAGMA {pragma}={value};", cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
