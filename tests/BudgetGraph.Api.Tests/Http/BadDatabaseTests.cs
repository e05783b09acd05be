using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Database;
using BudgetGraph.Api.Tests.Hosting;
using BudgetGraph.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>A damaged or inaccessible database: one line and a distinct exit code at start; /healthz runs a real check.</summary>
public sealed class BadDatabaseTests(LiveServerFixture server) : IClassFixture<LiveServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-baddb-").FullName;

    [Fact]
    public async Task A_garbage_file_ends_the_start_with_one_line_and_exit_code_3()
    {
        var path = Path.Combine(_folder, "garbage.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var (code, error) = await RunAsync(path);
        Assert.Equal(StartupFailure.DatabaseCorrupt, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("not a usable SQLite database", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_half_truncated_database_ends_the_start_with_exit_code_3_and_is_unhealthy()
    {
        var path = await TruncatedCopyAsync();
        var (code, error) = await RunAsync(path);
        Assert.Equal(StartupFailure.DatabaseCorrupt, code);
        Assert.DoesNotContain("   at ", error);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={path}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddBudgetDatabase(configuration).AddBudgetGraphHealth().BuildServiceProvider();
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    [Fact]
    public async Task Without_the_whole_check_at_start_a_damaged_tail_starts_and_the_first_probe_finds_it()
    {
        // Health:WholeCheckAtStart=false (a database of gigabytes restarts in seconds): the schema is read, the service
        // starts, and /healthz reads the whole database on its first probe.
        // The last quarter of the pages zeroed: the schema and the first pages still read, the whole database does not.
        var path = Path.Combine(_folder, "damaged-tail.db");
        var bytes = await File.ReadAllBytesAsync(await GoodCopyAsync());
        var from = bytes.Length / 4 * 3 / 4096 * 4096;
        Array.Clear(bytes, from, bytes.Length - from);
        await File.WriteAllBytesAsync(path, bytes);
        var (started, _) = await RunAsync(path, stopAfterStart: true, "--Health:WholeCheckAtStart=false", "--Seeds:ImportAtStartup=false",
            "--GraphQLHttp:WarmUpRounds=0");
        Assert.Equal(0, started);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={path}",
            ["Health:WholeCheckAtStart"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddBudgetDatabase(configuration).AddBudgetGraphHealth(configuration).BuildServiceProvider();
        Assert.Equal(HealthStatus.Unhealthy, (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);

        // With the check (the default), the same file ends the start.
        var (code, _) = await RunAsync(path);
        Assert.Equal(StartupFailure.DatabaseCorrupt, code);
    }

    [Fact]
    public async Task Healthz_reads_the_whole_database_on_the_first_probe_and_then_once_per_interval()
    {
        var path = Path.Combine(_folder, "probed.db");
        File.Copy(await GoodCopyAsync(), path);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // No pooled connection keeps pages of the file before it is damaged.
            ["Database:ConnectionString"] = $"Data Source={path};Pooling=False",
            ["Health:FullCheckInterval"] = "00:10:00",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time)
            .AddBudgetDatabase(configuration).AddBudgetGraphHealth(configuration).BuildServiceProvider();
        var health = services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        // Zero the last quarter of the pages: the schema on the first pages still reads, the whole database does not.
        var bytes = await File.ReadAllBytesAsync(path);
        var from = bytes.Length / 4 * 3 / 4096 * 4096;
        Array.Clear(bytes, from, bytes.Length - from);
        await File.WriteAllBytesAsync(path, bytes);

        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status); // the schema only, within the interval
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status); // due: read whole, damaged
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status); // and again until one passes
    }

    [Fact]
    public async Task Healthz_counts_the_start_ups_whole_read_as_its_first()
    {
        var path = Path.Combine(_folder, "started.db");
        File.Copy(await GoodCopyAsync(), path);
        var app = BudgetGraphApp.Build(["--urls=http://127.0.0.1:0", $"--Database:ConnectionString=Data Source={path};Pooling=False",
            "--Seeds:ImportAtStartup=false", "--Logging:LogLevel:Default=None"]);
        await app.StartAsync();
        try
        {
            // Damaged after the start-up read it whole: the first probe, within the interval, reads only the schema.
            var bytes = await File.ReadAllBytesAsync(path);
            var from = bytes.Length / 4 * 3 / 4096 * 4096;
            Array.Clear(bytes, from, bytes.Length - from);
            await File.WriteAllBytesAsync(path, bytes);
            var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            Assert.Equal(HealthStatus.Healthy, report.Status);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unwritable_folder_ends_the_start_with_one_line_and_exit_code_4()
    {
        // /sys is a read-only file system even for root (chmod does not stop root).
        var (code, error) = await RunAsync("/sys/budgetgraph-test/budgetgraph.db");
        Assert.Equal(StartupFailure.DatabaseInaccessible, code);
        Assert.Contains("Database:ReadOnly", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_migration_that_fails_ends_the_start_with_one_line_and_exit_code_7()
    {
        // A database one migration behind with the ef_temp_ copy an interrupted table rebuild leaves.
        var path = await GoodCopyAsync();
        InterruptedRebuild.Leave(path);
        var (code, error) = await RunAsync(path);
        Assert.Equal(StartupFailure.MigrationFailed, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"budgetgraph: migration {InterruptedRebuild.Migration} could not be applied", error);
        Assert.Contains("Interrupted migrations", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Healthz_runs_a_real_check_on_the_served_database()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"readable\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> TruncatedCopyAsync()
    {
        // A database of real size (the seeds imported), cut to half its pages.
        var bytes = await File.ReadAllBytesAsync(await GoodCopyAsync());
        var path = Path.Combine(_folder, "truncated.db");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2 / 4096 * 4096)]);
        return path;
    }

    /// <summary>A database of real size: the service started on a new file, which migrates it and imports the seeds.</summary>
    private async Task<string> GoodCopyAsync()
    {
        var good = Path.Combine(_folder, "good.db");
        var (started, _) = await RunAsync(good, stopAfterStart: true);
        Assert.Equal(0, started);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return good;
    }

    private static async Task<(int Code, string Error)> RunAsync(string databasePath, bool stopAfterStart = false, params string[] settings)
    {
        string[] args = ["--urls=http://127.0.0.1:0", $"--Database:ConnectionString=Data Source={databasePath}",
            $"--Seeds:Folder={Path.Combine(RepositoryPaths.Root, "seeds")}", "--Logging:LogLevel:Default=None", .. settings];
        if (!stopAfterStart) return await ServiceRun.RunAsync(args);
        var app = BudgetGraphApp.Build(args);
        await app.StartAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        return (0, "");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
