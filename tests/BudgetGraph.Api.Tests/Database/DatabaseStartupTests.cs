using System.Net.Http.Json;
using System.Text.Json;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// The service migrates its database at start: a database of the release before migrations is upgraded and served
/// with its data, and instances starting together on a new database all come up. Documents an older loader read are
/// served as it read them, said so (their <c>loaderRevision</c>, a warning at start), and seeds among them are read again.
/// </summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("startup");

    [Fact]
    public async Task A_database_of_the_release_before_migrations_is_upgraded_and_served_with_its_data()
    {
        LoadLandedRelease();

        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: false));
        var data = await host.CreateClient().GraphQLDataAsync(
            """
            { units { totalCount } budget(unitSlug: "nanping", year: 2024) { sourceDocument { fileName } totals { expenditure basic project } }
              nanping: budgets(where: { expenditure: { eq: 4851.31 } }) { nodes { unit { slug } } }
              performanceOnly: budgets(where: { expenditure: { lt: 2000 } }, order: [{ expenditure: ASC }]) { nodes { unit { slug } } } }
            """);

        Assert.Equal(5, data.GetProperty("units").GetProperty("totalCount").GetInt32());
        var budget = data.GetProperty("budget");
        Assert.Equal("nanping-2024.txt", budget.GetProperty("sourceDocument").GetProperty("fileName").GetString());
        // nanping-2024.txt line 117, 部门支出总表 合计: 4,851.31 | 1,733.30 | 3,118.01 (万元)
        var totals = budget.GetProperty("totals");
        Assert.Equal(4851.31m, totals.GetProperty("expenditure").GetDecimal());
        Assert.Equal(1733.30m, totals.GetProperty("basic").GetDecimal());
        Assert.Equal(3118.01m, totals.GetProperty("project").GetDecimal());
        // Migration ServedExpenditure filled the stored expenditure from what that release stored, before any reading
        // again: 4,851.31 for nanping, the performance-only 1,009.24 (shandong) and 1,629.08 (ciqikou).
        Assert.Equal(["nanping"], Slugs(data.GetProperty("nanping")));
        Assert.Equal(["shandong", "ciqikou"], Slugs(data.GetProperty("performanceOnly")));
    }

    private static List<string?> Slugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("unit").GetProperty("slug").GetString()).ToList();

    [Fact]
    public async Task Documents_an_older_loader_read_are_flagged_and_the_seeds_among_them_read_again_at_start()
    {
        LoadLandedRelease();
        var query = "{ budget(unitSlug: \"nanping\", year: 2024) { sourceDocument { fileName loaderRevision } totals { expenditure } } " +
                    $"olderReadings: budgets(where: {{ loaderRevision: {{ lt: {LoaderRevision.Current} }} }}) {{ totalCount }} }}";

        // Served as that release's loader read them (revision 0), with a warning to the operator.
        var logs = new FakeLogCollector();
        using (var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: false),
                   services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs)))))
        {
            var data = await host.CreateClient().GraphQLDataAsync(query);
            var budget = data.GetProperty("budget");
            Assert.Equal(0, budget.GetProperty("sourceDocument").GetProperty("loaderRevision").GetInt32());
            Assert.Equal(5, data.GetProperty("olderReadings").GetProperty("totalCount").GetInt32());
            var warning = Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("older loader", StringComparison.Ordinal));
            Assert.StartsWith("5 stored documents (e.g. chaoyang-2023.txt, ciqikou-2024.txt, jiangbeicheng-2025.txt) were read by an older " +
                              $"loader than this one (revision {LoaderRevision.Current})", warning.Message);
        }
        SqliteConnection.ClearAllPools();

        // A start that imports the seeds reads them again: this loader's reading, the same 合计, no warning.
        logs.Clear();
        using (var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true),
                   services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs)))))
        {
            var data = await host.CreateClient().GraphQLDataAsync(query);
            var budget = data.GetProperty("budget");
            Assert.Equal(LoaderRevision.Current, budget.GetProperty("sourceDocument").GetProperty("loaderRevision").GetInt32());
            Assert.Equal(0, data.GetProperty("olderReadings").GetProperty("totalCount").GetInt32());
            // nanping-2024.txt line 117, 部门支出总表 合计: 4,851.31 (万元)
            Assert.Equal(4851.31m, budget.GetProperty("totals").GetProperty("expenditure").GetDecimal());
            Assert.Contains(logs.GetSnapshot(), r => r.Message.Contains("5 read again (imported by an older loader: 5 replaced, 0 the same)", StringComparison.Ordinal));
            Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.Contains("older loader than this one", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_start_reads_the_database_file_ahead_of_its_whole_check_and_says_how_much()
    {
        // The whole check (Health:WholeCheckAtStart, the default) walks each b-tree a page at a time: the file is read
        // front to back first, so that on a file out of the page cache the check's reads come from memory.
        LoadLandedRelease();
        var landedBytes = new FileInfo(databasePath).Length;
        var logs = new FakeLogCollector();
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: false),
            services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs))));
        await host.CreateClient().GraphQLDataAsync("{ __typename }");

        var read = Assert.Single(logs.GetSnapshot(), r => r.Message.StartsWith("Database: read whole in", StringComparison.Ordinal));
        var megabytes = double.Parse(read.StructuredState!.Single(p => p.Key == "Megabytes").Value!, System.Globalization.CultureInfo.InvariantCulture);
        // The migrated file (and its log) as the check found it: at least the release's file as loaded.
        Assert.True(megabytes * 1e6 >= landedBytes, $"read ahead {megabytes} MB of a file of {landedBytes} bytes");
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

    /// <summary>The database file of the release before migrations, with the seeds that release imported.</summary>
    private void LoadLandedRelease()
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "landed-release", "seeds-imported.sqlite.sql"));
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
