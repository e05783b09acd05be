namespace BudgetGraph.Testing;

/// <summary>
/// A SQLite database file of a test's own in the temporary folder, and its removal together with the files SQLite
/// keeps beside it in WAL mode (<c>-wal</c>, <c>-shm</c>): the one way the test projects name and delete such files
/// (linked into each by tests/Directory.Build.props).
/// </summary>
public static class TemporaryDatabaseFile
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    /// <summary>A new unique path, e.g. <c>/tmp/budgetgraph-readme-1f…c3.db</c>; no file is created.</summary>
    public static string NewPath(string purpose) => Path.Combine(Path.GetTempPath(), $"budgetgraph-{purpose}-{Guid.NewGuid():N}.db");

    /// <summary>
    /// Deletes the database file and its <c>-wal</c> and <c>-shm</c> files, those that exist. Its connections must be
    /// closed first (SQLite's pool: <c>SqliteConnection.ClearAllPools()</c>), or the files stay in use.
    /// </summary>
    public static void Delete(string path)
    {
        foreach (var suffix in Suffixes) File.Delete(path + suffix);
    }
}
