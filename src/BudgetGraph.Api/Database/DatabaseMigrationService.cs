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
            return;
        }
        var result = await DatabaseSetup.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Database: {Result}", result.ToString());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
