using Microsoft.Data.Sqlite;

namespace BudgetGraph.Data;

/// <summary>
/// How SQLite opens a database served with <see cref="DatabaseOptions.ReadOnly"/>: <c>Mode=ReadOnly</c>. SQLite reads
/// a database in WAL mode (imports leave it so) only where its <c>-shm</c> file exists or can be created beside it;
/// in a folder this process cannot write (a read-only volume, another owner) with no <c>-wal</c>/<c>-shm</c> there,
/// that fails ("attempt to write a readonly database"). Such a file is opened <c>immutable</c> instead (SQLite's URI
/// parameter: no locks, no -shm): no writer can be active on it there without having made those files first. An
/// importer with more rights than the service (root) must then not write to it while it is served.
/// </summary>
public static class SqliteReadOnlySource
{
    /// <param name="canCreateFileIn">Whether a file can be created in a folder (default: a probe file); for tests.</param>
    public static string ConnectionString(string connectionString, Func<string, bool>? canCreateFileIn = null)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        if (SqliteDataSource.FilePath(builder.DataSource) is { } path && File.Exists(path)
            && !File.Exists(path + "-wal") && !File.Exists(path + "-shm") && !(canCreateFileIn ?? CanCreateFileIn)(Path.GetDirectoryName(path)!))
            builder.DataSource = new Uri(path).AbsoluteUri + "?immutable=1";
        return builder.ToString();
    }

    // Whether SQLite could create its -shm file there (a probe file, deleted at once).
    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".budgetgraph-probe-{Guid.NewGuid():N}"), FileMode.CreateNew,
                FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
