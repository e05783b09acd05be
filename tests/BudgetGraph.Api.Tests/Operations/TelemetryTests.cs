using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using BudgetGraph.Data;
using BudgetGraph.Api.Tests.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace BudgetGraph.Api.Tests.Operations;

/// <summary>
/// The Prometheus scrape endpoint: served with the importer's own metrics when enabled, absent (404) by default. Request
/// and SQL command spans: recorded when an OTLP endpoint is configured, not even listened for without one.
/// </summary>
[Collection(ProcessWideDiagnosticsCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("telemetry");

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

    [Fact]
    public async Task Request_and_command_spans_are_recorded_with_an_otlp_endpoint()
    {
        var spans = new RecordingActivityProcessor();
        var settings = TestHost.OnSqlite(databasePath, importSeeds: true);
        // Nothing listens there; the exporter's failures are its own, the spans are recorded all the same.
        settings["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9/";
        using (var host = new TestHost(settings, services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans))))
        {
            var client = host.CreateClient();
            using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ units(first: 2) { nodes { slug } } }" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The request's span ends once the response is complete, which the client may see first.
            for (var wait = 0; wait < 50 && !spans.Sources.Contains("Microsoft.AspNetCore"); wait++) await Task.Delay(100);
        }

        Assert.Contains("Microsoft.AspNetCore", spans.Sources);
        Assert.Contains("OpenTelemetry.Instrumentation.EntityFrameworkCore", spans.Sources);
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_requests_and_commands_are_not_listened_to()
    {
        var spans = new RecordingActivityProcessor();
        var settings = TestHost.OnSqlite(databasePath, importSeeds: true);
        using var host = new TestHost(settings, services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans)));
        var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ units(first: 2) { nodes { slug } } }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The importer's spans only (recorded for propagation, never exported: no OTLP endpoint).
        Assert.DoesNotContain("Microsoft.AspNetCore", spans.Sources);
        Assert.DoesNotContain("OpenTelemetry.Instrumentation.EntityFrameworkCore", spans.Sources);
        // No one subscribes to EF Core's diagnostic events, so after one command EF Core skips its per-command logging
        // work (which is what lets cached commands run their kept statements: CachedCommands).
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
        Assert.False(((DiagnosticListener)db.GetService<DiagnosticSource>()).IsEnabled());
        Assert.NotEmpty(await db.Units.Select(u => u.Slug).Take(1).ToListAsync());
        Assert.False(db.GetService<IRelationalCommandDiagnosticsLogger>().ShouldLogCommandExecute(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Without_an_exporter_request_metrics_are_not_recorded()
    {
        using var host = new TestHost(TestHost.OnSqlite(databasePath));
        var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // This host's ASP.NET Core request duration: published, but enabled by no listener (no Prometheus, no OTLP).
        var meters = host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var durations = new List<System.Diagnostics.Metrics.Instrument>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "http.server.request.duration") durations.Add(instrument);
        };
        listener.Start();

        Assert.False(Assert.Single(durations).Enabled);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
