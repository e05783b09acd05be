using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// Creates the schema when the database has none. Both providers use <c>EnsureCreated</c> from the one model; the
/// SQL Server script it runs is also kept in the repository (Sql/SqlServer.create.sql) for DBAs, and a test fails when
/// it is stale.
/// </summary>
public static class DatabaseSetup
{
    public static Task<bool> EnsureCreatedAsync(BudgetDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.EnsureCreatedAsync(cancellationToken);
}
