using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Reading;

/// <summary>
/// Database settings that let a request read one consistent state while an import writes (see <see cref="ReadSnapshot"/>):
/// SQLite's write-ahead log (readers keep their snapshot, the writer never waits for them), SQL Server's row versioning
/// (<c>ALLOW_SNAPSHOT_ISOLATION</c> for the request's snapshot transaction, <c>READ_COMMITTED_SNAPSHOT</c> so that
/// plain reads elsewhere do not block on an import either). Both are properties of the database, set once by the
/// schema setup; running them again changes nothing.
/// </summary>
public static class SnapshotReads
{
    /// <summary>The SQL Server statements, also appended to <c>Sql/SqlServer.create.sql</c> for DBAs.</summary>
    public const string SqlServerScript =
        "ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON;\n" +
        "GO\n\n" +
        "ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;\n" +
        "GO\n";

    public static async Task EnableAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // Persistent in the file; a database that is already in WAL mode answers "wal" and nothing changes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (db.Database.IsSqlServer())
        {
            var enabled = await db.Database.SqlQueryRaw<int>(
                "SELECT CAST(snapshot_isolation_state AS int) + CAST(is_read_committed_snapshot_on AS int) AS [Value] FROM sys.databases WHERE name = DB_NAME()")
                .SingleAsync(cancellationToken);
            if (enabled == 2) return;
            foreach (var statement in SqlServerScript.Split("GO\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }
}
