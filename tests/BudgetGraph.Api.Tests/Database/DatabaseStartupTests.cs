using System.Net.Http.Json;
using System.Text.Json;
using BudgetGraph.Api.Tests.Http;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// The service migrates its database at start: a database of the release before migrations is upgraded and served
/// with its data, and instances starting together on a new database all come up.
/// </summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("startup");

    [Fact]
    public async Task A_database_of_the_release_before_migrations_is_upgraded_and_served_with_its_data()
    {
        using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "landed-release", "seeds-imported.sqlite.sql"));
            command.ExecuteNonQuery();
        }

        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: false));
        var data = await host.CreateClient().GraphQLDataAsync(
            """{ units { totalCount } budget(unitSlug: "nanping", year: 2024) { sourceDocument { fileName } totals { expenditure basic project } } }""");

        Assert.Equal(5, data.GetProperty("units").GetProperty("totalCount").GetInt32());
        var budget = data.GetProperty("budget");
        Assert.Equal("nanping-2024.txt", budget.GetProperty("sourceDocument").GetProperty("fileName").GetString());
        // nanping-2024.txt line 117, 部门支出总表 合计: 4,851.31 | 1,733.30 | 3,118.01 (万元)
        var totals = budget.GetProperty("totals");
        Assert.Equal(4851.31m, totals.GetProperty("expenditure").GetDecimal());
        Assert.Equal(1733.30m, totals.GetProperty("basic").GetDecimal());
        Assert.Equal(3118.01m, totals.GetProperty("project").GetDecimal());
    }

    [Fact]
    public async Task Two_instances_starting_together_on_a_new_database_both_come_up_and_serve_the_seeds()
    {
        using var first = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));
        using var second = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));

        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
            Assert.Equal(5, (await client.GraphQLDataAsync("{ budgets { totalCount } }")).GetProperty("budgets").GetProperty("totalCount").GetInt32());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
