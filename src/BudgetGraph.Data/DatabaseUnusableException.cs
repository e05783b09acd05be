namespace BudgetGraph.Data;

public enum DatabaseProblem
{
    /// <summary>The file is not a database, or its pages are damaged (garbage, half-truncated, a corrupt tail).</summary>
    Corrupt,
    /// <summary>The database or its folder cannot be opened or written (permissions, read-only file system, missing folder).</summary>
    Inaccessible,
    /// <summary>The database lacks migrations of this build and may not be changed (served with Database:ReadOnly).</summary>
    NeedsMigration,
    /// <summary>A migration of this build failed on the database (the ones before it are applied).</summary>
    MigrationFailed,
}

/// <summary>The database cannot be served; <see cref="Exception.Message"/> is one line that says what to do.</summary>
public sealed class DatabaseUnusableException(DatabaseProblem problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public DatabaseProblem Problem { get; } = problem;
}
