using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// What a process killed in the middle of a SQLite table rebuild leaves (EF Core copies the table into
/// <c>ef_temp_…</c> in one transaction, drops and renames in the next): the last migration, ComputedExpenditure (it
/// rebuilds Budgets), not recorded, and the copy <c>ef_temp_Budgets</c> still there, so applying it again fails.
/// </summary>
internal static class InterruptedRebuild
{
    public const string Migration = "20261203103909_ComputedExpenditure";

    /// <summary>Turns the migrated database at <paramref name="databasePath"/> into that state.</summary>
    public static void Leave(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{Migration}';" +
                              "CREATE TABLE \"ef_temp_Budgets\" (\"Id\" INTEGER);";
        command.ExecuteNonQuery();
    }
}
