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

    /// <summary>
    /// The SQL Server DDL of the model (what EnsureCreated runs there), generated without a server. Kept in the
    /// repository as Sql/SqlServer.create.sql; refresh it with
    /// <c>UPDATE_SQL_SNAPSHOTS=1 dotnet test tests/BudgetGraph.Data.Tests --filter SqlServerCreateScript</c>.
    /// </summary>
    public static string GenerateSqlServerCreateScript()
    {
        using var db = new BudgetDbContext(SqlServerModelOnlyOptions());
        return db.Database.GenerateCreateScript().ReplaceLineEndings("\n");
    }

    /// <summary>Options for a SQL Server context that is only used to generate SQL (it never connects).</summary>
    public static DbContextOptions<BudgetDbContext> SqlServerModelOnlyOptions() =>
        new DbContextOptionsBuilder<BudgetDbContext>()
            .UseSqlServer("Server=(generate-only);Database=BudgetGraph;Integrated Security=false")
            .Options;
}
