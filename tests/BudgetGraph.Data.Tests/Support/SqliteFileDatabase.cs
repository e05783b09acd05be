using BudgetGraph.Data.Import.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Support;

/// <summary>A throw-away SQLite file (deleted with its -wal/-shm on dispose), opened by as many contexts as a test wants.</summary>
public sealed class SqliteFileDatabase : IDisposable
{
    public string Path { get; } = TemporaryDatabaseFile.NewPath("test");

    public string ConnectionString => $"Data Source={Path}";

    public BudgetDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BudgetDbContext>().UseBudgetSqlite(ConnectionString).Options);

    /// <summary>Runs a SQL script (several statements) on the file, outside EF Core.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// What a bulk load killed after its first batch leaves: the index <c>IX_Projects_Ordinal</c> dropped, its DDL kept in
    /// <see cref="SqliteBulkLoad.DeferredTable"/> for the next run to build.
    /// </summary>
    public void LeaveProjectsOrdinalIndexDeferred() => Execute(
        $"CREATE TABLE \"{SqliteBulkLoad.DeferredTable}\" (\"Ordinal\" INTEGER NOT NULL PRIMARY KEY, \"Name\" TEXT NOT NULL, \"Sql\" TEXT NOT NULL);" +
        $"INSERT INTO \"{SqliteBulkLoad.DeferredTable}\" VALUES (0, 'IX_Projects_Ordinal', 'CREATE INDEX \"IX_Projects_Ordinal\" ON \"Projects\" (\"Ordinal\")');" +
        "DROP INDEX \"IX_Projects_Ordinal\";");

    /// <summary>The database as the release before migrations left it after <c>import seeds</c> (tests/fixtures/landed-release).</summary>
    public static SqliteFileDatabase LandedReleaseWithSeeds()
    {
        var database = new SqliteFileDatabase();
        database.Execute(File.ReadAllText(RepositoryPaths.LandedRelease("seeds-imported.sqlite.sql")));
        return database;
    }

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "∅" : reader.GetString(0));
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(Path);
    }
}
