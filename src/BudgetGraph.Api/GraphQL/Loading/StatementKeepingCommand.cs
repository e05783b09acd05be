using System.Data;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The command EF Core gets from a <see cref="StatementKeepingSqliteConnection"/>: EF Core sets its text, parameters and
/// transaction as on any command; when it is run, a read runs on the statement the connection keeps for that text, with
/// these parameters and this transaction, and returns that statement's reader. Anything else runs as a plain command.
/// </summary>
internal sealed class StatementKeepingCommand(StatementKeepingSqliteConnection owner) : SqliteCommand
{
    // Every way of running a command (ExecuteReader[Async], ExecuteScalar, ExecuteNonQuery, DbCommand's) comes here.
    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        if (behavior != CommandBehavior.Default || !StatementKeepingSqliteConnection.Keeps(CommandText)
            || owner.State != ConnectionState.Open || owner.Rent(CommandText) is not { } kept)
        {
            return base.ExecuteReader(behavior);
        }
        kept.Parameters.Clear();
        foreach (SqliteParameter parameter in Parameters) kept.Parameters.Add(parameter);
        kept.ParametersOwner = null;
        kept.Transaction = Transaction;
        kept.CommandTimeout = CommandTimeout;
        return kept.ExecuteReader(behavior);
    }
}
