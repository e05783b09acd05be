using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Data.Tests.Sqlite;

public sealed class SqliteLibraryTests
{
    [Fact]
    public void Configured_before_the_first_connection_SQLite_runs_in_multi_thread_mode()
    {
        // The test assembly's module initializer (tests/Shared/Database) called it before any test opened a connection,
        // as Program.cs does first thing; a later call answers what the first one did.
        Assert.Equal(SqliteThreading.MultiThread, SqliteLibrary.Configure());
        Assert.Equal(SqliteThreading.MultiThread, SqliteLibrary.Configure());
    }

    [Fact]
    public async Task Pooled_connections_used_by_many_threads_in_turn_read_every_row()
    {
        // Without the per-connection mutex, a connection must never be used by two threads at once; the pool hands each
        // to one user at a time, and an await moves a user to another thread between calls. 8 readers × 50 reads, each
        // on a connection taken from the pool, each summing 2,000 rows, on the two cores: every sum is the same.
        using var database = new SqliteFileDatabase();
        database.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, name TEXT NOT NULL);" +
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) " +
                         "INSERT INTO t SELECT i, i * 7, '项目' || i FROM n;");
        var sums = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var seen = new List<(long Amounts, long NameLengths)>();
            for (var read = 0; read < 50; read++)
            {
                await using var connection = new SqliteConnection(database.ConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT amount, name FROM t ORDER BY id";
                await using var reader = await command.ExecuteReaderAsync();
                long amounts = 0, nameLengths = 0;
                while (await reader.ReadAsync())
                {
                    amounts += reader.GetInt64(0);
                    nameLengths += reader.GetString(1).Length;
                    if (reader.GetInt64(0) % 500 == 0) await Task.Yield();
                }
                seen.Add((amounts, nameLengths));
            }
            return seen;
        })));

        // 7 × (1 + … + 2,000) = 14,007,000; the names: 2 characters of 项目 plus 1–4 digits each (9 + 180 + 2,700 + 4,004).
        Assert.All(sums.SelectMany(s => s), sum => Assert.Equal((14_007_000L, 4_000L + 6_893L), sum));
    }
}
