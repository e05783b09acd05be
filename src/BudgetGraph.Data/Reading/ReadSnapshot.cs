using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data.Reading;

/// <summary>
/// A read transaction that sees one consistent state of the database for as long as it is open, while imports
/// commit beside it: SQLite in WAL mode (<see cref="SnapshotReads"/> turns it on) with a deferred <c>BEGIN</c> — the
/// snapshot is taken by the first read and never blocks a writer; SQL Server with <c>SNAPSHOT</c> isolation
/// (allowed by the database setup).
/// </summary>
public static class ReadSnapshot
{
    /// <summary>Opens <paramref name="db"/>'s connection and begins the read transaction on it.</summary>
    public static async Task<DbTransaction> BeginAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        DbTransaction transaction = connection is SqliteConnection sqlite
            // BEGIN DEFERRED: no lock until the first read, then a WAL read snapshot (BEGIN IMMEDIATE would block imports).
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.Snapshot, cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
