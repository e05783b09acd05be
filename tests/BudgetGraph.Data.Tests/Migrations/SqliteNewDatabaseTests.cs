using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Migrations;

/// <summary>
/// A new SQLite database gets its schema from src/BudgetGraph.Data/Sql/Sqlite.migrations.sql (SqliteNewDatabase)
/// instead of from EF Core's migrator: the file must be what the migrations generate now, and it must make the very
/// schema and history the migrator makes. Every other database still goes through the migrator.
/// </summary>
public sealed class SqliteNewDatabaseTests
{
    private const string RefreshCommand =
        "dotnet ef migrations script --no-transactions --project src/BudgetGraph.Data.Migrations.Sqlite " +
        "--startup-project src/BudgetGraph.Data.Migrations.Sqlite -o src/BudgetGraph.Data/Sql/Sqlite.migrations.sql " +
        "(or tools/add-migration.sh, which does it)";

    [Fact]
    public void The_script_in_the_repository_and_the_embedded_one_are_what_the_migrations_generate_now()
    {
        var generated = SqliteNewDatabase.GenerateScript();
        KeptFile.AssertCurrent(RepositoryPaths.SqliteMigrationScript, generated, "the migrations changed", RefreshCommand);
        Assert.Equal(generated.Trim(), SqliteNewDatabase.Script.ReplaceLineEndings("\n").Trim()); // the build embeds that file
    }

    [Fact]
    public async Task A_new_database_gets_the_schema_and_history_the_migrator_would_give_it()
    {
        using var byScript = new SqliteFileDatabase();
        await using (var db = byScript.CreateContext())
        {
            var result = await DatabaseSetup.MigrateAsync(db);
            Assert.Equal(db.Database.GetMigrations(), result.Pending);
            Assert.Equal(db.Database.GetMigrations().Last(), result.Current);
        }
        using var byMigrator = new SqliteFileDatabase();
        await using (var db = byMigrator.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        // The migrator also leaves its (empty) lock table; nothing else may differ, down to the DDL text.
        const string Schema = "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || COALESCE(sql, '') FROM sqlite_master " +
                              "WHERE name NOT LIKE '__EFMigrationsLock%' ORDER BY type, name";
        const string History = "SELECT MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId";
        var schema = byScript.Strings(Schema);
        Assert.Equal(byMigrator.Strings(Schema), schema);
        Assert.Equal(byMigrator.Strings(History), byScript.Strings(History));
        Assert.Contains(schema, row => row.StartsWith("table Budgets ON Budgets: CREATE TABLE \"Budgets\"", StringComparison.Ordinal));
        Assert.Contains(schema, row => row.StartsWith("index IX_Projects_Amount_Desc ON Projects:", StringComparison.Ordinal));
        Assert.Contains(schema, row => row.StartsWith("table NameGrams ON NameGrams:", StringComparison.Ordinal) && row.EndsWith("WITHOUT ROWID", StringComparison.Ordinal));
        Assert.Equal("wal", byScript.Strings("PRAGMA journal_mode").Single());
    }

    [Fact]
    public async Task A_database_with_any_schema_is_left_to_the_migrator()
    {
        using var database = new SqliteFileDatabase();
        database.Execute("CREATE TABLE \"Notes\" (\"Text\" TEXT)");

        await using var db = database.CreateContext();
        Assert.Null(await SqliteNewDatabase.TryCreateAsync(db, CancellationToken.None));
        Assert.Equal(["Notes"], database.Strings("SELECT name FROM sqlite_master"));

        await DatabaseSetup.MigrateAsync(db);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Single(database.Strings("SELECT name FROM sqlite_master WHERE name = '__EFMigrationsLock'")); // the migrator's mark
    }

    [Fact]
    public async Task A_script_that_fails_half_way_leaves_the_new_database_empty()
    {
        using var database = new SqliteFileDatabase();
        await using var db = database.CreateContext();

        var failing = SqliteNewDatabase.Script + "\nINSERT INTO \"NoSuchTable\" VALUES (1);\n";
        await Assert.ThrowsAsync<SqliteException>(() => SqliteNewDatabase.TryCreateAsync(db, failing, CancellationToken.None));

        Assert.Empty(database.Strings("SELECT name FROM sqlite_master"));
        Assert.NotNull(await SqliteNewDatabase.TryCreateAsync(db, CancellationToken.None)); // still new: the next start makes it
    }

    [Fact]
    public async Task A_script_without_the_build_s_last_migration_is_rolled_back_and_left_to_the_migrator()
    {
        using var database = new SqliteFileDatabase();
        await using var db = database.CreateContext();
        var last = db.Database.GetMigrations().Last();
        var script = SqliteNewDatabase.Script;
        // What a script left stale by a new migration looks like: everything up to the migration before's history row.
        const string History = "INSERT INTO \"__EFMigrationsHistory\"";
        var before = script.LastIndexOf(History, script.LastIndexOf(History, StringComparison.Ordinal) - 1, StringComparison.Ordinal);
        var stale = script[..(script.IndexOf(";\n", before, StringComparison.Ordinal) + 2)];
        Assert.DoesNotContain(last, stale);
        Assert.Contains(db.Database.GetMigrations().SkipLast(1).Last(), stale);

        Assert.Null(await SqliteNewDatabase.TryCreateAsync(db, stale, CancellationToken.None));
        Assert.Empty(database.Strings("SELECT name FROM sqlite_master"));
    }
}
