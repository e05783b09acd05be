using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace BudgetGraph.Api.Operations;

/// <summary>
/// OpenTelemetry export, bound from the "Telemetry" section (environment: <c>Telemetry__OtlpEndpoint</c>,
/// <c>Telemetry__PrometheusEnabled</c>, …). Both exporters are off by default.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The <c>service.name</c> resource attribute of every trace and metric.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telemetry:ServiceName must not be empty.")]
    public string ServiceName { get; set; } = "budgetgraph-api";

    /// <summary>
    /// The OTLP collector (e.g. <c>http://otel-collector:4317</c>). Set: traces and metrics are exported there. Unset:
    /// nothing is exported by OTLP, and no traces are recorded. The standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// variable is used when this is unset.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The OTLP transport: <c>Grpc</c> (port 4317, default) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>Serve the metrics for a Prometheus scraper at <see cref="PrometheusPath"/>. Off by default (404).</summary>
    public bool PrometheusEnabled { get; set; }

    /// <summary>The path of the Prometheus scrape endpoint; expose it to the scraper only.</summary>
    [RegularExpression("^/[A-Za-z0-9/_.-]*$", ErrorMessage = "Telemetry:PrometheusPath must be a path that starts with '/', e.g. /metrics.")]
    public string PrometheusPath { get; set; } = "/metrics";
}
