namespace BudgetGraph.Data;

/// <summary>
/// The database has BudgetGraph's tables but neither a migration history nor the stamp of the release before
/// migrations: it was made by another build, and migrating it could lose data.
/// </summary>
public sealed class DatabaseSchemaMismatchException(string? dataSource, string? stamp) : Exception(
    $"The database '{dataSource}' was made by a build of BudgetGraph that this one cannot upgrade " +
    (stamp is null ? "(it has tables but no migration history and no schema stamp)" : $"(schema stamp {stamp})") +
    ". Recreate it (the embedded SQLite database is rebuilt from seeds/ when its file is deleted) or upgrade it with " +
    "the build that made it first.");
