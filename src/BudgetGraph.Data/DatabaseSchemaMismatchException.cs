namespace BudgetGraph.Data;

/// <summary>The database was created by a build with another model; it must be rebuilt or migrated.</summary>
public sealed class DatabaseSchemaMismatchException(string? dataSource) : Exception(
    $"The database '{dataSource}' was created by another version of BudgetGraph's model. The embedded SQLite database " +
    "is rebuilt from seeds/ when you delete its file (default src/BudgetGraph.Api/data/budgetgraph.db); a SQL Server " +
    "database must be recreated or altered to match Sql/SqlServer.create.sql (the current DDL).");
