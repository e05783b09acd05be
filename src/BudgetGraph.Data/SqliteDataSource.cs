namespace BudgetGraph.Data;

/// <summary>What a SQLite connection string's Data Source names.</summary>
public static class SqliteDataSource
{
    /// <summary>
    /// The full path of a plain database file, or null for what is not one: empty (a temporary database),
    /// <c>:memory:</c>, or a <c>file:</c> URI (which SQLite resolves itself, with its own parameters).
    /// </summary>
    public static string? FilePath(string? dataSource) =>
        dataSource is { Length: > 0 } && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetFullPath(dataSource)
            : null;
}
