using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// A bulk load changes settings of its connection (page cache, temporary storage, the sorter's worker threads while the
/// deferred indexes are built): a pooled connection keeps them, so the run must leave them as it found them.
/// </summary>
public sealed class BulkLoadSettingsTests
{
    [Fact]
    public async Task A_bulk_load_leaves_its_connection_settings_as_it_found_them()
    {
        using var database = new SqliteFileDatabase();
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var before = await SettingsAsync(db);

        var results = await new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = 1 }
            .ImportFilesAsync([RepositoryPaths.Seed("nanping-2024.txt")]);

        Assert.Equal(ImportStatus.Imported, Assert.Single(results).Status);
        Assert.Equal(0, database.Scalar($"SELECT COUNT(*) FROM sqlite_master WHERE name = '{SqliteBulkLoad.DeferredTable}'"));
        Assert.Equal(before, await SettingsAsync(db));
        Assert.Equal("threads 0", before[0]);
    }

    [Fact]
    public void The_index_sorts_use_worker_threads_only_when_the_documents_phase_had_cores_to_spare()
    {
        Assert.Equal(0, SqliteBulkLoad.SorterThreads(0.4));
        Assert.Equal(0, SqliteBulkLoad.SorterThreads(1.0));
        Assert.Equal(Environment.ProcessorCount > 1 ? Math.Min(Environment.ProcessorCount, 8) : 0, SqliteBulkLoad.SorterThreads(1.7));
    }

    [Fact]
    public async Task Deferred_indexes_built_with_sorter_threads_are_the_schema_and_the_threads_setting_is_restored()
    {
        using var database = new SqliteFileDatabase();
        await using (var db = database.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        const string Schema = "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        var schema = database.Strings(Schema);
        database.Execute(
            $"CREATE TABLE \"{SqliteBulkLoad.DeferredTable}\" (\"Ordinal\" INTEGER NOT NULL PRIMARY KEY, \"Name\" TEXT NOT NULL, \"Sql\" TEXT NOT NULL);" +
            $"INSERT INTO \"{SqliteBulkLoad.DeferredTable}\" VALUES (0, 'IX_Projects_Name', 'CREATE INDEX \"IX_Projects_Name\" ON \"Projects\" (\"Name\")');" +
            "DROP INDEX \"IX_Projects_Name\";");

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.True(await SqliteBulkLoad.RecoverAsync(connection, CancellationToken.None, grams: null, sorterThreads: 2));

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA threads;";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.Equal(schema, database.Strings(Schema));
    }

    private static async Task<List<string>> SettingsAsync(BudgetDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var settings = new List<string>();
            foreach (var pragma in new[] { "threads", "cache_size", "temp_store" })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"PRAGMA {pragma};";
                settings.Add($"{pragma} {await command.ExecuteScalarAsync()}");
            }
            return settings;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
