using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// Creates the schema when the database has none. Both providers use <c>EnsureCreated</c> from the one model; the
/// SQL Server script it runs is also kept in the repository (Sql/SqlServer.create.sql) for DBAs, and a test fails when
/// it is stale.
/// </summary>
public static class DatabaseSetup
{
    private static readonly ConcurrentDictionary<string, string> ModelHashes = new();

    /// <summary>
    /// Creates the schema when the database has none and stamps it with the model's hash; for an existing database,
    /// checks the stamp and throws <see cref="DatabaseSchemaMismatchException"/> when it was made from another model
    /// (EnsureCreated never alters an existing schema, and this project has no migrations yet).
    /// </summary>
    public static async Task<bool> EnsureCreatedAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        var expected = ModelHash(db);
        string? actual;
        try
        {
            actual = await db.SchemaStamps.AsNoTracking().Select(s => s.ModelHash).FirstOrDefaultAsync(cancellationToken);
        }
        catch (DbException)
        {
            // No stamp table: the database was made by a build from before the stamp existed.
            throw new DatabaseSchemaMismatchException(db.Database.GetDbConnection().DataSource);
        }

        if (actual is null)
        {
            // Just created (here or by a plain EnsureCreated of this same model, as tests do): stamp it.
            db.SchemaStamps.Add(new SchemaStamp { ModelHash = expected });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        else if (actual != expected)
        {
            throw new DatabaseSchemaMismatchException(db.Database.GetDbConnection().DataSource);
        }
        await Reading.SnapshotReads.EnableAsync(db, cancellationToken);
        return created;
    }

    /// <summary>SHA-256 of the DDL the model gives on this provider, computed once per provider.</summary>
    private static string ModelHash(BudgetDbContext db) =>
        ModelHashes.GetOrAdd(db.Database.ProviderName ?? "", _ =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript().ReplaceLineEndings("\n")))));

    /// <summary>
    /// The SQL Server DDL of the model (what EnsureCreated runs there), generated without a server. Kept in the
    /// repository as Sql/SqlServer.create.sql; refresh it with
    /// <c>UPDATE_SQL_SNAPSHOTS=1 dotnet test tests/BudgetGraph.Data.Tests --filter SqlServerCreateScript</c>.
    /// </summary>
    public static string GenerateSqlServerCreateScript()
    {
        using var db = new BudgetDbContext(SqlServerModelOnlyOptions());
        // Row versioning, so that a request's snapshot transaction reads one state while an import writes.
        return db.Database.GenerateCreateScript().ReplaceLineEndings("\n") + "\n" + Reading.SnapshotReads.SqlServerScript;
    }

    /// <summary>Options for a SQL Server context that is only used to generate SQL (it never connects).</summary>
    public static DbContextOptions<BudgetDbContext> SqlServerModelOnlyOptions() =>
        new DbContextOptionsBuilder<BudgetDbContext>()
            .UseSqlServer("Server=(generate-only);Database=BudgetGraph;Integrated Security=false")
            .Options;
}
