using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Tests.Support;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// The importer's bulk writer generates its INSERTs from the EF model. The SQL it sends on each provider is kept in
/// src/BudgetGraph.Data/Sql/BulkInsert.{Sqlite,SqlServer}.sql (generated without a server); when the model changes
/// these tests fail and say how to refresh them: UPDATE_SQL_SNAPSHOTS=1 rewrites them (then read the diff).
/// </summary>
public sealed class BulkInsertSqlTests
{
    private const string RefreshCommand =
        "UPDATE_SQL_SNAPSHOTS=1 dotnet test tests/BudgetGraph.Data.Tests --filter FullyQualifiedName~BulkInsertSql";

    [Fact]
    public void BulkInsertSql_on_SqlServer_matches_the_model()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var sql = BulkGraphWriter.DescribeSql(db);
        Check(sql, Path.Combine(RepositoryPaths.Root, "src/BudgetGraph.Data/Sql/BulkInsert.SqlServer.sql"));

        // Explicit keys need IDENTITY_INSERT; the key range is claimed under a table lock held to the commit.
        Assert.Contains("SET IDENTITY_INSERT [Budgets] ON;\nINSERT INTO [Budgets] (", sql);
        Assert.Contains("SELECT MAX([Id]) FROM [ExpenditureLines] WITH (TABLOCKX, HOLDLOCK);", sql);
        // Enums go through their value converter (stored as text), amounts as bigint parameters.
        Assert.Contains("[TableKind]", sql);
    }

    [Fact]
    public void BulkInsertSql_on_Sqlite_matches_the_model()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        var sql = BulkGraphWriter.DescribeSql(db);
        Check(sql, Path.Combine(RepositoryPaths.Root, "src/BudgetGraph.Data/Sql/BulkInsert.Sqlite.sql"));
        Assert.Contains("INSERT INTO \"Budgets\" (\"Id\", ", sql);
        Assert.DoesNotContain("IDENTITY_INSERT", sql);
    }

    [Fact]
    public void Principals_are_inserted_before_their_dependents()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();
        var sql = BulkGraphWriter.DescribeSql(db);
        int At(string table) => sql.IndexOf($"INSERT INTO \"{table}\"", StringComparison.Ordinal);
        Assert.True(At("SourceDocuments") < At("Budgets"));
        Assert.True(At("Budgets") < At("DisclosedTables"));
        Assert.True(At("DisclosedTables") < At("ExpenditureLines"));
        Assert.True(At("Projects") < At("Indicators"));
        Assert.True(At("Projects") < At("ProjectFundingSplits"));
    }

    private static void Check(string generated, string path)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        KeptFile.AssertCurrent(path, generated, "the EF model changed", RefreshCommand);
    }
}
