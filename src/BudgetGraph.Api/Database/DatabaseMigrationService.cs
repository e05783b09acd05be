using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Database;

/// <summary>
/// Migrates the database at start-up, before the seed import and before Kestrel listens (hosted services start in
/// registration order). Safe when several instances start together: EF Core's migration lock serialises them.
/// </summary>
public sealed class DatabaseMigrationService(
    IDbContextFactory<BudgetDbContext> contexts,
    ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await DatabaseSetup.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Database: {Result}", result.ToString());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
