using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Data.Tests.Sqlite;

public sealed class SqliteFileReadAheadTests
{
    [Fact]
    public async Task A_database_in_WAL_mode_is_read_whole_with_its_log()
    {
        using var database = new SqliteFileDatabase();
        // A connection kept open holds the log: its pages are not checkpointed into the file until it closes.
        await using var writer = new SqliteConnection(database.ConnectionString);
        await writer.OpenAsync();
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);" +
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) " +
                                  "INSERT INTO t SELECT i, '南坪街道办事处项目' || i FROM n;";
            await command.ExecuteNonQueryAsync();
        }
        var fileBytes = new FileInfo(database.Path).Length;
        var logBytes = new FileInfo(database.Path + "-wal").Length;
        Assert.True(logBytes > 4096 * 10, $"the log holds the rows' pages: {logBytes} bytes");

        Assert.Equal(fileBytes + logBytes, await SqliteFileReadAhead.ReadAsync(database.Path, CancellationToken.None));
    }

    [Fact]
    public async Task Files_larger_than_the_bound_or_missing_are_not_read()
    {
        using var database = new SqliteFileDatabase();
        database.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        var fileBytes = new FileInfo(database.Path).Length;

        Assert.Equal(0, await SqliteFileReadAhead.ReadAsync(database.Path, CancellationToken.None, atMostBytes: fileBytes - 1));
        Assert.Equal(fileBytes, await SqliteFileReadAhead.ReadAsync(database.Path, CancellationToken.None, atMostBytes: fileBytes));
        Assert.Equal(0, await SqliteFileReadAhead.ReadAsync(database.Path + ".missing", CancellationToken.None));
    }
}
