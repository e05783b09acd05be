using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data;

/// <summary>
/// Real checks of the database, for the start-up and for <c>/healthz</c>. <see cref="EnsureReadableAsync"/> reads the
/// whole database: SQLite runs <c>PRAGMA quick_check</c>, which reads every page (a garbage, truncated or corrupt file
/// fails it, where merely opening succeeds) — seconds on a database of gigabytes. <see cref="EnsureAnswersAsync"/>
/// only opens it and runs a query on its schema. SQL Server reads its catalogue either way. Failures are classified
/// (<see cref="DatabaseUnusableException"/>) so the service can stop with one line and a distinct exit code.
/// </summary>
public static class DatabaseHealth
{
    /// <summary>
    /// Throws <see cref="DatabaseUnusableException"/> when the database cannot be read whole. A SQLite file is read
    /// ahead into the page cache first (<see cref="SqliteFileReadAhead"/>): the check reads its pages in tree order.
    /// Returns the bytes read ahead (0: none, or not a SQLite file).
    /// </summary>
    public static async Task<long> EnsureReadableAsync(BudgetDbContext db, CancellationToken cancellationToken = default)
    {
        long readAhead = 0;
        if (db.Database.IsSqlite() && db.Database.GetDbConnection() is SqliteConnection sqlite
            && SqliteDataSource.FilePath(new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource) is { } file)
        {
            try
            {
                readAhead = await SqliteFileReadAhead.ReadAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only a speed-up: the check that follows opens the file itself and says what is wrong with it.
            }
        }
        await CheckAsync(db, "PRAGMA quick_check", cancellationToken);
        return readAhead;
    }

    /// <summary>
    /// Throws <see cref="DatabaseUnusableException"/> when the database cannot be opened or its schema read — without
    /// reading its data, so it costs the same on any size of database.
    /// </summary>
    public static Task EnsureAnswersAsync(BudgetDbContext db, CancellationToken cancellationToken = default) =>
        CheckAsync(db, "SELECT 'ok' FROM (SELECT COUNT(*) FROM sqlite_schema)", cancellationToken);

    /// <summary>Runs <paramref name="sqliteCheck"/> (a query answering 'ok' when all is well) on SQLite, the catalogue query on SQL Server.</summary>
    private static async Task CheckAsync(BudgetDbContext db, string sqliteCheck, CancellationToken cancellationToken)
    {
        var source = Describe(db);
        try
        {
            // Plain ADO.NET on the context's connection: a failure here is expected and classified, so it must not
            // also go to EF Core's command log with a stack trace.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = db.Database.IsSqlite() ? sqliteCheck : "SELECT COUNT(*) FROM sys.objects";
                var result = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                if (db.Database.IsSqlite() && result != "ok")
                    throw new DatabaseUnusableException(DatabaseProblem.Corrupt,
                        $"the database {source} is damaged ({result}); restore it from a backup or delete it to import afresh.");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception e) when (Classify(e, source) is { } unusable)
        {
            throw unusable;
        }
    }

    /// <summary>Turns a database or file-system failure into a one-line <see cref="DatabaseUnusableException"/>, or null.</summary>
    /// <param name="readOnly">The database is opened read-only (<see cref="DatabaseOptions.ReadOnly"/>): a file that
    /// cannot be opened is missing or unreadable, and the advice is not to make it writable.</param>
    public static DatabaseUnusableException? Classify(Exception e, string source, bool readOnly = false) => e switch
    {
        DatabaseUnusableException unusable => unusable,
        SqliteException { SqliteErrorCode: 14 or 8 or 3 or 10 or 23 } sqlite when readOnly => new(DatabaseProblem.Inaccessible,
            $"the database {source} cannot be opened read-only ({Reason(sqlite)}); Database:ReadOnly serves an existing database: check the path and that the file (and, for a database in WAL mode, its -shm file or its folder) can be read.", e),
        SqliteException { SqliteErrorCode: 26 or 11 } sqlite => new(DatabaseProblem.Corrupt,
            $"{source} is not a usable SQLite database ({Reason(sqlite)}); restore it from a backup or delete it to import afresh.", e),
        SqliteException { SqliteErrorCode: 14 or 8 or 3 or 10 or 23 } sqlite => new(DatabaseProblem.Inaccessible,
            $"the database {source} cannot be opened for writing ({Reason(sqlite)}); make its folder writable, or set Database:ReadOnly=true to serve it as it is.", e),
        UnauthorizedAccessException or IOException => new(DatabaseProblem.Inaccessible,
            $"the database {source} cannot be created or written ({e.Message}); make its folder writable, or set Database:ReadOnly=true.", e),
        DbException db when db is not SqliteException => new(DatabaseProblem.Inaccessible,
            $"the database {source} cannot be reached ({db.Message.Split('\n')[0]}).", e),
        _ => e.InnerException is { } inner ? Classify(inner, source, readOnly) : null,
    };

    public static string Describe(BudgetDbContext db)
    {
        try
        {
            var connection = db.Database.GetDbConnection();
            return connection is SqliteConnection sqlite ? $"'{new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource}'" : $"'{connection.Database}' on '{connection.DataSource}'";
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return "(configured)";
        }
    }

    // SQLite's own words ("file is not a database"), without the "SQLite Error 26:" prefix.
    private static string Reason(SqliteException e) =>
        e.Message.Split('\'') is { Length: >= 3 } parts ? parts[1] : e.Message;
}
