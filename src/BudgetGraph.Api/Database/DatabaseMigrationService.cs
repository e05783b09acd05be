using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Database;

/// <summary>
/// Migrates the database at start-up, before the seed import and before Kestrel listens (hosted services start in
/// registration order). Safe when several instances start together: EF Core's migration lock serialises them.
/// With <see cref="DatabaseOptions.ReadOnly"/> nothing is written: the database must already have this build's
/// schema, otherwise the start ends with one line (<see cref="DatabaseSetup.EnsureCurrentWithoutWritingAsync"/>).
/// </summary>
public sealed class DatabaseMigrationService(
    IDbContextFactory<BudgetDbContext> contexts,
    DatabaseOptions database,
    ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (database.ReadOnly)
        {
            await DatabaseSetup.EnsureCurrentWithoutWritingAsync(db, cancellationToken);
            logger.LogInformation("Database: read-only (Database:ReadOnly), schema current; nothing is migrated");
            LogSqliteLibrary(db);
            return;
        }
        var result = await DatabaseSetup.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Database: {Result}", result.ToString());
        LogSqliteLibrary(db);
    }

    /// <summary>The SQLite library's version and threading mode (<see cref="SqliteLibrary"/>), for an operator's log.</summary>
    private void LogSqliteLibrary(BudgetDbContext db)
    {
        if (!db.Database.IsSqlite()) return;
        logger.LogInformation("Database: SQLite {Version}, {Threading} mode", SQLitePCL.raw.sqlite3_libversion().utf8_to_string(),
            SqliteLibrary.Configure() == SqliteThreading.MultiThread ? "multi-thread" : "serialized");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
