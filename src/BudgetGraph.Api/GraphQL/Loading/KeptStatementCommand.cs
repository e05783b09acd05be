using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A statement a <see cref="StatementKeepingSqliteConnection"/> keeps prepared for one command text: Microsoft.Data.Sqlite
/// prepares a command's text on its first run and runs the same prepared statements again while the text is unchanged.
/// </summary>
internal sealed class KeptStatementCommand : SqliteCommand
{
    /// <summary>Whether a reader of this statement is still open (it may not run again until that reader is disposed).</summary>
    public bool ReaderOpen => DataReader is not null;

    /// <summary>
    /// Whose parameters the statement holds: the caller that made them and binds only their values on later runs (a
    /// cached command, see <c>CachedCommands</c>), or null when the last command run on it brought its own (EF Core's).
    /// </summary>
    public object? ParametersOwner { get; set; }
}
