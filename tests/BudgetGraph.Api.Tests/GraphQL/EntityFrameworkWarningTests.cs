using BudgetGraph.Api.Tests.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Serving the usual questions leaves no EF Core warning in the operator's log: in particular not 10102 (a row limit
/// without an order, which says "unpredictable results"), which the look-ups by key once logged on their first run.
/// </summary>
public sealed class EntityFrameworkWarningTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("efwarn");

    [Fact]
    public async Task Look_ups_by_key_lists_and_connections_log_no_EF_Core_warning()
    {
        var logs = new FakeLogCollector();
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true),
            services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs))));
        var client = host.CreateClient();
        const string query = """
            { unit(slug: "nanping") { name budgets { year } }
              budget(unitSlug: "nanping", year: 2024) { year totals { expenditure } }
              units(first: 2) { nodes { slug } } }
            """;

        // Twice: the first run builds each field's command, the second runs the cached one.
        for (var i = 0; i < 2; i++)
        {
            var data = await client.GraphQLDataAsync(query);
            // nanping-2024.txt line 117, 部门支出总表 合计: 4,851.31 (万元)
            Assert.Equal(4851.31m, data.GetProperty("budget").GetProperty("totals").GetProperty("expenditure").GetDecimal());
            Assert.Equal("重庆市南岸区人民政府南坪街道办事处", data.GetProperty("unit").GetProperty("name").GetString());
        }

        var warnings = logs.GetSnapshot()
            .Where(r => r.Level >= LogLevel.Warning && r.Category?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true)
            .Select(r => $"{r.Category}[{r.Id.Id}]: {r.Message}")
            .ToList();
        Assert.Empty(warnings);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
