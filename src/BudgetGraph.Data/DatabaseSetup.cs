using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data;

/// <summary>
/// Brings a database to the current schema with EF Core migrations (one migration set per provider, see
/// <see cref="BudgetDbContextOptionsExtensions"/>). <c>Migrate</c> runs under EF Core's migration lock, so instances
/// starting together on one database apply each migration once. A database made by the release before migrations
/// (EnsureCreated + a SchemaStamps row with the model's hash) is adopted first: its schema is exactly the first
/// migration's, which is recorded as applied, and the later migrations then upgrade it with its data.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>
    /// SHA-256 of the DDL that <c>EnsureCreated</c> ran in the last release without migrations (commit 9b6870b), per
    /// provider: the value such a database carries in its SchemaStamps row. The DDL itself is kept as test fixtures
    /// (tests/fixtures/landed-release/).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LandedReleaseModelHashes = new Dictionary<string, string>
    {
        ["Microsoft.EntityFrameworkCore.Sqlite"] = "4564b2fff0907ef57672574a696cacacc3bb7ea4904db2571b3319743aeb4900",
        ["Microsoft.EntityFrameworkCore.SqlServer"] = "2f08e05208ad111ed96b3635f37ef95ac0403446889bee0c3ce6672be14ab285",
    };

    /// <summary>
    /// A SQLite migration lock row older than this is taken for one left by a process killed while migrating (SQLite
    /// has no session lock that dies with its process) and removed, so that a start never waits forever.
    /// </summary>
    public static readonly TimeSpan StaleSqliteMigrationLockAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Applies the pending migrations (creating the database when it does not exist), after adopting a database of the
    /// release before migrations. Cheap when the schema is current: no lock is taken when nothing is pending. A new,
    /// empty SQLite database gets the whole schema from one script instead (<see cref="SqliteNewDatabase"/>).
    /// </summary>
    /// <exception cref="DatabaseSchemaMismatchException">The database has BudgetGraph tables that neither migrations
    /// nor the release before them made.</exception>
    public static async Task<DatabaseMigrationResult> MigrateAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        EnsureMigrationsAssembly(db);
        var created = await SqliteNewDatabase.TryCreateAsync(db, cancellationToken);
        var adopted = created is null && await AdoptLandedReleaseAsync(db, cancellationToken);
        var pending = created ?? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (created is null && pending.Count > 0)
        {
            await RemoveStaleSqliteLockAsync(db, cancellationToken);
            await Import.Bulk.SqliteBulkLoad.BuildDeferredIndexesBeforeMigratingAsync(db, cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            // What DatabaseHealth names (a damaged, unreadable or unwritable SQLite file) stays its own failure; anything
            // else SQL refused during a migration is that migration's.
            catch (DbException e) when (e is not Microsoft.Data.Sqlite.SqliteException || DatabaseHealth.Classify(e, "") is null)
            {
                throw await MigrationFailedAsync(db, pending, e, cancellationToken);
            }
        }
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        // WAL (SQLite) / row versioning (SQL Server): one read snapshot per request while imports write.
        await Reading.SnapshotReads.EnableAsync(db, cancellationToken);
        return new DatabaseMigrationResult(adopted, pending, applied.LastOrDefault());
    }

    /// <summary>
    /// The one-line failure of a migration that SQL refused (not a file or connection problem, which
    /// <see cref="DatabaseHealth.Classify"/> names): which migration, the database's own words, and — for a table copy
    /// <c>ef_temp_…</c> that an interrupted table rebuild left — where the README says what to do.
    /// </summary>
    private static async Task<DatabaseUnusableException> MigrationFailedAsync(BudgetDbContext db, IReadOnlyList<string> pending,
        DbException e, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> applied;
        try
        {
            applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        }
        catch (DbException)
        {
            applied = [];
        }
        var failed = pending.FirstOrDefault(m => !applied.Contains(m)) ?? pending[0];
        var reason = e.Message.Split('\n')[0].Trim().TrimEnd('.');
        var leftover = reason.Contains("ef_temp_", StringComparison.Ordinal)
            ? " A table ef_temp_… is the copy of a table rebuild that was interrupted: see \"Interrupted migrations\" in src/BudgetGraph.Data/README.md."
            : "";
        return new DatabaseUnusableException(DatabaseProblem.MigrationFailed,
            $"migration {failed} could not be applied to the database {DatabaseHealth.Describe(db)}: {reason}; the migrations before it are applied.{leftover}", e);
    }

    /// <summary>
    /// For a database served read-only (<see cref="DatabaseOptions.ReadOnly"/>): checks, without writing anything,
    /// that it is readable and has every migration of this build; otherwise throws a one-line
    /// <see cref="DatabaseUnusableException"/> (a file that cannot be opened read-only, a missing file, a database
    /// that needs migrating: it must be migrated where it can be written, with the <c>migrate</c> command).
    /// </summary>
    public static async Task EnsureCurrentWithoutWritingAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        var source = DatabaseHealth.Describe(db);
        IReadOnlyList<string> pending;
        try
        {
            // Opened first: EF Core takes a missing file for a database without migrations.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                pending = await GetPendingMigrationsAsync(db, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception e) when (DatabaseHealth.Classify(e, source, readOnly: true) is { } unusable)
        {
            throw unusable;
        }
        if (pending.Count > 0)
        {
            var all = db.Database.GetMigrations().Count();
            throw new DatabaseUnusableException(DatabaseProblem.NeedsMigration,
                $"the database {source} lacks {pending.Count} of this build's {all} migrations ({pending[0]}" +
                (pending.Count > 1 ? $" … {pending[^1]}" : "") + ") and Database:ReadOnly forbids changing it; run the migrate command " +
                "on a writable copy first (or unset Database:ReadOnly).");
        }
    }

    /// <summary>The migrations this build has that the database has not applied yet.</summary>
    public static async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        EnsureMigrationsAssembly(db);
        if (await IsLandedReleaseDatabaseAsync(db, cancellationToken))
            return db.Database.GetMigrations().Skip(1).ToList();
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    /// <summary>
    /// Records the first migration as applied on a database made by the release before migrations, under the
    /// migration lock (two instances starting on one such database adopt it once). Returns whether it did.
    /// </summary>
    private static async Task<bool> AdoptLandedReleaseAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasTablesWithoutHistoryAsync(db, cancellationToken)) return false;

        var history = db.GetService<IHistoryRepository>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RemoveStaleSqliteLockAsync(db, cancellationToken);
            await using var migrationLock = await history.AcquireDatabaseLockAsync(cancellationToken);
            // Decided again under the lock: another instance may have adopted the database meanwhile and its
            // migrations may already have dropped SchemaStamps, which outside the lock would look like a foreign
            // database (a start refused by a race, seen once in CI).
            if (!await IsLandedReleaseDatabaseAsync(db, cancellationToken)) return false;

            var stamp = await ReadStampAsync(db, cancellationToken);
            var provider = db.Database.ProviderName ?? "";
            if (!LandedReleaseModelHashes.TryGetValue(provider, out var landed) || stamp != landed)
                throw new DatabaseSchemaMismatchException(db.Database.GetDbConnection().DataSource, stamp);

            var initial = db.Database.GetMigrations().First();
            var row = new HistoryRow(initial, ProductInfo.GetVersion());
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(row), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>True for a database with BudgetGraph tables and no migration history (not yet checked: the stamp).</summary>
    private static async Task<bool> HasTablesWithoutHistoryAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)) return false;
        if (await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)) return false;
        return await TableExistsAsync(db, "Budgets", cancellationToken); // no Budgets: empty, migrations create all
    }

    /// <summary>True for a database with BudgetGraph tables and no migration history; checks the stamp's presence.</summary>
    private static async Task<bool> IsLandedReleaseDatabaseAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasTablesWithoutHistoryAsync(db, cancellationToken)) return false;
        if (!await TableExistsAsync(db, "SchemaStamps", cancellationToken))
            throw new DatabaseSchemaMismatchException(db.Database.GetDbConnection().DataSource, stamp: null);
        return true;
    }

    private static async Task<string?> ReadStampAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<string>("SELECT \"ModelHash\" AS \"Value\" FROM \"SchemaStamps\"")
            .FirstOrDefaultAsync(cancellationToken);

    private static async Task<bool> TableExistsAsync(BudgetDbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}"
            : "SELECT COUNT(*) AS [Value] FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = {0}";
        return await db.Database.SqlQueryRaw<int>(sql, table).SingleAsync(cancellationToken) > 0;
    }

    // EF Core's SQLite migration lock is a row in __EFMigrationsLock, deleted on release; a process killed while
    // holding it leaves it behind and every later Migrate would wait for it forever.
    private static async Task RemoveStaleSqliteLockAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || !await TableExistsAsync(db, "__EFMigrationsLock", cancellationToken)) return;
        var taken = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"")
            .ToListAsync(cancellationToken);
        foreach (var timestamp in taken)
        {
            if (DateTimeOffset.TryParse(timestamp, out var at) && DateTimeOffset.UtcNow - at > StaleSqliteMigrationLockAge)
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\" WHERE \"Timestamp\" = {0}", [timestamp], cancellationToken);
        }
    }

    private static void EnsureMigrationsAssembly(BudgetDbContext db)
    {
        var assembly = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsAssembly;
        if (assembly is not (BudgetDbContextOptionsExtensions.SqliteMigrationsAssembly or BudgetDbContextOptionsExtensions.SqlServerMigrationsAssembly))
            throw new InvalidOperationException(
                "This BudgetDbContext was configured without its provider's migrations: configure it with UseBudgetSqlite / " +
                "UseBudgetSqlServer (BudgetDbContextOptionsExtensions) or DatabaseServiceCollectionExtensions.Configure.");
    }

    /// <summary>
    /// The idempotent SQL Server migration script (every migration, each applied only when the history table lacks
    /// it), as <c>dotnet ef migrations script --idempotent</c> writes it. Kept in the repository as
    /// Sql/SqlServer.migrations.sql for DBAs; a test fails when it is stale.
    /// </summary>
    public static string GenerateSqlServerMigrationScript()
    {
        using var db = new BudgetDbContext(SqlServerModelOnlyOptions());
        return db.GetService<IMigrator>()
            .GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            .ReplaceLineEndings("\n");
    }

    /// <summary>Options for a SQL Server context that is only used to generate SQL (it never connects).</summary>
    public static DbContextOptions<BudgetDbContext> SqlServerModelOnlyOptions() =>
        new DbContextOptionsBuilder<BudgetDbContext>()
            .UseBudgetSqlServer("Server=(generate-only);Database=BudgetGraph;Integrated Security=false")
            .Options;

    /// <summary>SHA-256 (lowercase hex) of a DDL script with \n line endings, as the release before migrations stamped it.</summary>
    public static string HashOfCreateScript(string script) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script.ReplaceLineEndings("\n"))));
}
