using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A cached command's text kept PREPARED on one SQLite connection (a request context keeps its connection open while
/// it waits in the pool: <see cref="KeptOpenSqliteConnection"/>). EF Core's command pipeline builds a new
/// <see cref="SqliteCommand"/> for every run, so SQLite parsed and planned the same text again on every request (about
/// 8 % of the 表二 lines' CPU), and EF Core added its per-command bookkeeping (a command id, which reads
/// <c>/dev/urandom</c>; the data reader wrapper). A kept statement is the same text with parameters created by the same
/// EF Core type mappings, bound by name on every run, on the request's connection and read transaction — so the rows are
/// the same rows. It runs only when EF Core itself has found that nothing observes its commands
/// (<see cref="NothingObserves"/>: no logger at the command level, no diagnostic listener, no interceptor — EF Core
/// re-checks that once per second on a command of its own); otherwise the command goes through EF Core as before.
/// A statement is used by one run at a time (the connection's context serves one request, one field at a time); a run
/// that finds it busy goes through EF Core.
/// </summary>
public sealed class KeptSqliteStatement
{
    private static long runs;
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;
    private int busy;

    /// <param name="values">Per parameter of the text: its name, EF Core's type mapping and the value to bind when the
    /// run gives none (the fixed values of the translated command).</param>
    internal KeptSqliteStatement(SqliteConnection connection, string text, IReadOnlyList<(string Name, RelationalTypeMapping Mapping, object? Value)> values)
    {
        // A plain command: it is kept prepared itself (the connection's own statement keeping would only add a step).
        command = new SqliteCommand(text, connection);
        parameters = new SqliteParameter[values.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            var (name, mapping, value) = values[i];
            parameters[i] = (SqliteParameter)mapping.CreateParameter(command, name, value, nullable: false);
            command.Parameters.Add(parameters[i]);
        }
    }

    /// <summary>Runs of kept statements since the process started (for tests and diagnostics).</summary>
    public static long Runs => Interlocked.Read(ref runs);

    /// <summary>
    /// Whether EF Core has found that nothing observes its commands on this context: it would neither log, nor raise a
    /// diagnostic event, nor call an interceptor for creating or executing a command or for closing its reader. EF Core
    /// caches that finding per context for <c>LoggingCacheTime</c> (1 s) and then looks again on its next command.
    /// </summary>
    public static bool NothingObserves(IRelationalCommandDiagnosticsLogger logger)
    {
        var now = DateTimeOffset.UtcNow;
        return !logger.ShouldLogCommandCreate(now) && !logger.ShouldLogCommandExecute(now)
               && !logger.ShouldLogDataReaderClose(now) && !logger.ShouldLogDataReaderDispose(now);
    }

    /// <summary>Takes the statement for one run; false when another run holds it.</summary>
    internal bool TryEnter() => Interlocked.CompareExchange(ref busy, 1, 0) == 0;

    /// <summary>Gives the statement back after its reader was disposed.</summary>
    internal void Exit() => Volatile.Write(ref busy, 0);

    /// <summary>Sets the value of parameter <paramref name="index"/> for the next run.</summary>
    internal void Set(int index, object value) => parameters[index].Value = value;

    /// <summary>
    /// Runs the statement on <paramref name="connection"/>'s open connection, in its current transaction, with its command
    /// timeout — as EF Core sets up the commands it creates.
    /// </summary>
    internal Task<SqliteDataReader> ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)
    {
        command.Transaction = (SqliteTransaction?)connection.CurrentTransaction?.GetDbTransaction();
        if (connection.CommandTimeout is { } timeout) command.CommandTimeout = timeout;
        Interlocked.Increment(ref runs);
        return command.ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);
    }
}
