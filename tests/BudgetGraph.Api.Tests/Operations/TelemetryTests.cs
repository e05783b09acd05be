using System.Net;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Operations;

/// <summary>The Prometheus scrape endpoint: served with the importer's own metrics when enabled, absent (404) by default.</summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"budgetgraph-telemetry-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Prometheus_endpoint_serves_the_import_counter_when_enabled()
    {
        var settings = TestHost.OnSqlite(databasePath, importSeeds: true);
        settings["Telemetry:PrometheusEnabled"] = "true";
        settings["Telemetry:PrometheusPath"] = "/ops/metrics";
        using var host = new TestHost(settings);
        var client = host.CreateClient();

        using var response = await client.GetAsync("/ops/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        // The five seeds were imported at start, into a new database: each counted once with outcome "imported".
        Assert.Matches(@"(?m)^budgetgraph_import_documents_total\{[^}]*outcome=""imported""[^}]*\} [1-9]", text);
        Assert.Matches(@"(?m)^budgetgraph_import_duration_seconds_count\{[^}]*outcome=""imported""", text);
    }

    [Fact]
    public async Task Prometheus_endpoint_is_404_by_default()
    {
        using var host = new TestHost(TestHost.OnSqlite(databasePath));
        var client = host.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" }) File.Delete(databasePath + suffix);
    }
}
