using BudgetGraph.Data.Tests.Support;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// src/BudgetGraph.Data/Sql/SqlServer.create.sql is the SQL Server DDL of the current model. When the model changes
/// this test fails and says how to refresh the file: UPDATE_SQL_SNAPSHOTS=1 rewrites it (then read the diff).
/// </summary>
public sealed class SqlServerCreateScriptTests
{
    private const string RefreshCommand =
        "UPDATE_SQL_SNAPSHOTS=1 dotnet test tests/BudgetGraph.Data.Tests --filter FullyQualifiedName~SqlServerCreateScript";

    [Fact]
    public void SqlServerCreateScript_in_the_repository_matches_the_model()
    {
        var generated = DatabaseSetup.GenerateSqlServerCreateScript();
        var path = RepositoryPaths.SqlServerCreateScript;
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. Generate it with: {RefreshCommand}");
        var stored = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(stored == generated,
            $"{path} is stale: the EF model changed. Refresh it with: {RefreshCommand}");
    }

    [Fact]
    public void SqlServerCreateScript_stores_amounts_as_bigint_with_indexes()
    {
        var script = DatabaseSetup.GenerateSqlServerCreateScript();
        Assert.Contains("[Amount] bigint NULL", script);
        Assert.Contains("CREATE INDEX [IX_Projects_Amount] ON [Projects] ([Amount]);", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Budgets_UnitId_FiscalYear] ON [Budgets] ([UnitId], [FiscalYear]);", script);
        Assert.DoesNotContain("decimal(", script);
    }
}
