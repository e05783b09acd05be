using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Data;

/// <summary>
/// Gives a new, empty SQLite database this build's whole schema by running one script, <c>Sql/Sqlite.migrations.sql</c>:
/// the SQL that EF Core's migrator generates for every migration in order, history rows included, without its
/// per-migration transactions (<c>dotnet ef migrations script --no-transactions</c>). It is kept in the repository
/// and embedded; a test fails when it differs from what the migrations generate now, and another compares the schema it
/// makes with the migrator's.
/// <para>
/// Why: the migrator builds the model snapshot and every migration's target model to check for pending model changes
/// and to generate the SQL, about 0.9 s of CPU in a fresh process and 0.2 s in a warm one, where the script takes
/// 0.06 s and 0.01 s. That is paid by every fresh import (the 5,000-disclosure import, issue 8), every first start of
/// the service, and every test database. Only an empty database takes this path, in one write transaction that looks
/// again under the lock; any other database (older schema, another release, a concurrent start that won) goes through
/// the migrator.
/// </para>
/// </summary>
internal static class SqliteNewDatabase
{
    private const string ScriptResource = "BudgetGraph.Data.Sql.Sqlite.migrations.sql";

    private static readonly Lazy<string> EmbeddedScript = new(() =>
    {
        using var stream = typeof(SqliteNewDatabase).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"{ScriptResource} is not embedded in {typeof(SqliteNewDatabase).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The script embedded in this build (Sql/Sqlite.migrations.sql).</summary>
    public static string Script => EmbeddedScript.Value;

    /// <summary>
    /// What the migrations of this build generate for a new SQLite database, as <c>dotnet ef migrations script
    /// --no-transactions</c> writes it (\n line endings): what <see cref="Script"/> must be.
    /// </summary>
    public static string GenerateScript()
    {
        using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseBudgetSqlite("Data Source=:memory:").Options);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Runs <see cref="Script"/> when <paramref name="db"/> is a SQLite database without a single table, view, index
    /// or trigger, and returns the migrations it applied; returns null, having changed nothing, for any other database
    /// and when the script does not record exactly this build's migrations.
    /// </summary>
    public static Task<IReadOnlyList<string>?> TryCreateAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        TryCreateAsync(db, Script, cancellationToken);

    /// <summary><see cref="TryCreateAsync(BudgetDbContext, CancellationToken)"/> with another script (tests: one that fails half-way).</summary>
    internal static async Task<IReadOnlyList<string>?> TryCreateAsync(BudgetDbContext db, string script, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return null;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // A look without the write lock first: a database with a schema, the usual case, is left alone cheaply.
            if (!await IsEmptyAsync(connection, transaction: null, cancellationToken)) return null;

            // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): a second instance starting on the same new file waits
            // here, then finds the schema made and leaves it to the migrator, which finds nothing pending.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
            if (!await IsEmptyAsync(connection, sqliteTransaction, cancellationToken)) return null;
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = sqliteTransaction;
                create.CommandText = script;
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            // A script that does not record exactly this build's migrations (one left stale after a migration was added,
            // which a test also catches) is rolled back: the migrator then makes the schema, slower but right.
            var migrations = db.Database.GetMigrations().ToList();
            if (!migrations.SequenceEqual(await db.Database.GetAppliedMigrationsAsync(cancellationToken))) return null;
            await transaction.CommitAsync(cancellationToken);
            return migrations;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT COUNT(*) FROM sqlite_master";
        return (long)(await count.ExecuteScalarAsync(cancellationToken))! == 0;
    }
}
