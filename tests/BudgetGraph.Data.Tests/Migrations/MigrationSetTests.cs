using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Data.Tests.Migrations;

/// <summary>
/// The two migration sets (src/BudgetGraph.Data.Migrations.Sqlite and .SqlServer) follow the model, and their first
/// migration is exactly the schema of the release before migrations, which is what makes adopting its databases safe.
/// </summary>
public sealed class MigrationSetTests
{
    private const string AddMigration = "a migration is missing: run tools/add-migration.sh <Name> (see src/BudgetGraph.Data/README.md)";

    [Fact]
    public void The_Sqlite_migrations_cover_the_model()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "SQLite: " + AddMigration);
    }

    [Fact]
    public void The_SqlServer_migrations_cover_the_model()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        Assert.False(db.Database.HasPendingModelChanges(), "SQL Server: " + AddMigration);
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = new SqliteTestDatabase();
        using var sqliteDb = sqlite.CreateContext();
        using var sqlServerDb = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());

        static IEnumerable<string> Names(BudgetDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.Equal(Names(sqliteDb), Names(sqlServerDb));
        Assert.Equal("InitialCreate", Names(sqliteDb).First());
    }

    [Fact]
    public void The_stamps_of_the_release_before_migrations_are_the_hashes_of_its_DDL()
    {
        Assert.Equal(DatabaseSetup.LandedReleaseModelHashes["Microsoft.EntityFrameworkCore.Sqlite"],
            DatabaseSetup.HashOfCreateScript(File.ReadAllText(RepositoryPaths.LandedRelease("sqlite.create.sql"))));
        Assert.Equal(DatabaseSetup.LandedReleaseModelHashes["Microsoft.EntityFrameworkCore.SqlServer"],
            DatabaseSetup.HashOfCreateScript(File.ReadAllText(RepositoryPaths.LandedRelease("sqlserver.create.sql"))));
    }

    [Fact]
    public async Task The_first_Sqlite_migration_makes_exactly_the_schema_of_the_release_before_migrations()
    {
        using var landed = new SqliteFileDatabase();
        landed.Execute(File.ReadAllText(RepositoryPaths.LandedRelease("sqlite.create.sql")));
        using var migrated = new SqliteFileDatabase();
        await using (var db = migrated.CreateContext())
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
        }

        Assert.Equal(Schema(landed), Schema(migrated));
    }

    [Fact]
    public void The_first_SqlServer_migration_runs_every_statement_of_the_release_before_migrations()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var first = db.Database.GetMigrations().First();
        var script = db.GetService<IMigrator>().GenerateScript(toMigration: first).ReplaceLineEndings("\n");
        var landed = File.ReadAllText(RepositoryPaths.LandedRelease("sqlserver.create.sql")).ReplaceLineEndings("\n");

        var statements = landed.Split("\nGO\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0).ToList();
        Assert.True(statements.Count > 40, $"only {statements.Count} statements in the landed DDL");
        Assert.All(statements, statement => Assert.Contains(statement, script));
    }

    // Tables and indexes with their SQL, minus what only migrations add (history and lock tables).
    private static List<string> Schema(SqliteFileDatabase database) =>
        database.Strings("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master " +
                         "WHERE name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .Select(s => s.Replace("CREATE TABLE IF NOT EXISTS", "CREATE TABLE")).ToList();
}
