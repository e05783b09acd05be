using BudgetGraph.Data.Import;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// A bulk load changes settings of its connection (page cache, temporary storage, the sorter's worker threads and the
/// memory map while the deferred indexes are built): a pooled connection keeps them, so the run must leave them as it found them.
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
        Assert.Equal("mmap_size 0", before[3]);
    }

    [Fact]
    public void The_index_sorts_use_worker_threads_only_when_the_documents_phase_had_cores_to_spare()
    {
        Assert.Equal(0, SqliteBulkLoad.SorterThreads(0.4));
        Assert.Equal(0, SqliteBulkLoad.SorterThreads(1.0));
        Assert.Equal(Environment.ProcessorCount > 1 ? Math.Min(Environment.ProcessorCount, 8) : 0, SqliteBulkLoad.SorterThreads(1.7));
    }

    [Fact]
    public async Task Deferred_indexes_built_with_sorter_threads_and_a_memory_map_are_the_schema_and_both_settings_are_restored()
    {
        using var database = new SqliteFileDatabase();
        await using (var db = database.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        const string Schema = "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        var schema = database.Strings(Schema);
        database.LeaveProjectsOrdinalIndexDeferred();

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.True(await SqliteBulkLoad.RecoverAsync(connection, CancellationToken.None, grams: null, sorterThreads: 2));

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA threads;";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA mmap_size;";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.Equal(schema, database.Strings(Schema));
    }

    [Fact]
    public async Task The_indexes_are_built_with_a_rollback_journal_only_when_no_other_connection_has_the_database()
    {
        using var database = new SqliteFileDatabase();
        await using (var db = database.CreateContext()) await DatabaseSetup.MigrateAsync(db);
        // Pooled connections stay open while idle: the test's own are closed before each step that needs the database alone.
        void CloseIdle() => Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString));
        CloseIdle();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        Assert.True(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "wal"));

        // Alone: out of WAL and back.
        Assert.True(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "delete"));
        Assert.Equal("delete", await JournalModeAsync(connection));
        Assert.True(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "wal"));

        // Another connection reading the database (a service) keeps it in WAL: the builds stay in WAL, and still complete.
        await using var reader = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString + ";Pooling=False");
        await reader.OpenAsync();
        Assert.Equal("wal", await JournalModeAsync(reader));
        Assert.False(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "delete"));
        Assert.Equal("wal", await JournalModeAsync(connection));

        database.LeaveProjectsOrdinalIndexDeferred();
        Assert.True(await SqliteBulkLoad.RecoverAsync(connection, CancellationToken.None));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_Projects_Ordinal'"));
        Assert.Equal("wal", await JournalModeAsync(connection));

        // Alone again: the builds run with a rollback journal and the database is left in WAL.
        await reader.CloseAsync();
        database.LeaveProjectsOrdinalIndexDeferred();
        CloseIdle();
        Assert.True(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "delete"), "alone, the database can leave WAL");
        Assert.True(await SqliteBulkLoad.TrySetJournalModeAsync(connection, "wal"));
        Assert.True(await SqliteBulkLoad.RecoverAsync(connection, CancellationToken.None));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'IX_Projects_Ordinal'"));
        Assert.Equal("wal", await JournalModeAsync(connection));
    }

    private static async Task<string?> JournalModeAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> SettingsAsync(BudgetDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var settings = new List<string>();
            foreach (var pragma in new[] { "threads", "cache_size", "temp_store", "mmap_size" })
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
