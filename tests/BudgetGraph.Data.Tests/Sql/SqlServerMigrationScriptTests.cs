namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// src/BudgetGraph.Data/Sql/SqlServer.migrations.sql is the idempotent SQL Server migration script (what
/// <c>dotnet ef migrations script --idempotent</c> writes) for DBAs who apply migrations themselves. When a migration is
/// added this test fails and prints the command that refreshes the file.
/// </summary>
public sealed class SqlServerMigrationScriptTests
{
    private const string RefreshCommand =
        "dotnet ef migrations script --idempotent --project src/BudgetGraph.Data.Migrations.SqlServer " +
        "--startup-project src/BudgetGraph.Data.Migrations.SqlServer -o src/BudgetGraph.Data/Sql/SqlServer.migrations.sql " +
        "(or tools/add-migration.sh, which does it)";

    [Fact]
    public void SqlServer_migration_script_in_the_repository_is_the_idempotent_script_of_every_migration()
    {
        KeptFile.AssertCurrent(RepositoryPaths.SqlServerMigrationScript, DatabaseSetup.GenerateSqlServerMigrationScript(),
            "the migrations changed", RefreshCommand);
    }

    [Fact]
    public void SqlServer_migration_script_applies_each_migration_once_and_stores_amounts_as_bigint_with_indexes()
    {
        var script = DatabaseSetup.GenerateSqlServerMigrationScript();

        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script);
        Assert.Contains("[Amount] bigint NULL", script);
        Assert.Contains("CREATE INDEX [IX_Projects_Amount] ON [Projects] ([Amount]);", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Budgets_UnitId_FiscalYear] ON [Budgets] ([UnitId], [FiscalYear]);", script);
        Assert.DoesNotContain("decimal(", script);
    }
}
