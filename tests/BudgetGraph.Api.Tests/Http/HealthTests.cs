using BudgetGraph.Api.Http;
using BudgetGraph.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>/healthz and the <c>healthcheck</c> command that container health checks run.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class HealthTests(LiveServerFixture server)
{
    [Fact]
    public async Task Healthcheck_command_exits_0_when_the_service_is_healthy()
    {
        Assert.Equal(0, await HealthCheckCommand.RunAsync([server.BaseAddress + "/healthz"]));
    }

    [Fact]
    public async Task Healthcheck_command_exits_1_when_nothing_answers()
    {
        // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
        Assert.Equal(1, await HealthCheckCommand.RunAsync(["http://127.0.0.1:9/healthz"]));
    }

    [Theory]
    [InlineData("--help", 0)]
    [InlineData("localhost:5000/healthz", 2)] // no scheme: before, an unhandled InvalidOperationException (exit 134)
    [InlineData("/healthz", 2)]
    [InlineData("ftp://127.0.0.1/healthz", 2)]
    public async Task Healthcheck_command_prints_its_usage_or_refuses_what_is_not_an_http_url(string argument, int exitCode)
    {
        Assert.Equal(exitCode, await HealthCheckCommand.RunAsync([argument]));
    }

    [Fact]
    public async Task Healthcheck_command_takes_one_url_at_most()
    {
        Assert.Equal(2, await HealthCheckCommand.RunAsync(["http://127.0.0.1:9/healthz", "http://127.0.0.1:10/healthz"]));
    }

    [Fact]
    public async Task Healthz_is_unhealthy_when_the_database_cannot_be_opened()
    {
        // A folder is not a database file: SQLite cannot open it.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.GetTempPath()}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddBudgetDatabase(configuration).AddBudgetGraphHealth().BuildServiceProvider();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }
}
