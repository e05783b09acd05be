using BudgetGraph.Data.Import;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BudgetGraph.Api.Operations;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Operations defaults, in one place: OpenTelemetry traces (ASP.NET Core, EF Core, the importer's
    /// <see cref="ImportTelemetry"/>) and metrics (the same, plus the .NET runtime), exported by OTLP when
    /// <see cref="TelemetryOptions.OtlpEndpoint"/> is set and served to Prometheus at
    /// <see cref="TelemetryOptions.PrometheusPath"/> when <see cref="TelemetryOptions.PrometheusEnabled"/>; both off by
    /// default. The "Telemetry" section is validated at start and read when the providers are built, so settings
    /// added by hosts and tests after registration count for the exporters; the ASP.NET Core and EF Core span
    /// instrumentation is registered only when an OTLP endpoint is configured at registration
    /// (<see cref="OtlpEndpointAtRegistration"/>), the metrics' meters only when that or the Prometheus endpoint is:
    /// without an exporter they would only cost every request.
    /// </summary>
    public static IServiceCollection AddBudgetGraphServiceDefaults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelemetryOptions>(configuration, TelemetryOptions.SectionName);

        var otlpAtRegistration = OtlpEndpointAtRegistration(configuration) is not null;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddDetector(provider =>
                new ServiceNameDetector(provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.ServiceName)))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ImportTelemetry.Name);
                // Request and SQL command spans only when they can be exported. Registered, they listen even with
                // nothing to export: an Activity per request (kept for propagation) and EF Core's diagnostic events
                // per command — which also keep EF Core from skipping its per-command logging work
                // (IRelationalCommandDiagnosticsLogger.ShouldLogCommandExecute).
                if (otlpAtRegistration)
                    tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddPrometheusExporter();
                // The instruments are listened to only when something reads them (a Prometheus scrape endpoint or an
                // OTLP endpoint): otherwise every request recorded its duration and tags for no one.
                if (otlpAtRegistration || PrometheusEnabledAtRegistration(configuration))
                    metrics.AddMeter(ImportTelemetry.Name, "Microsoft.EntityFrameworkCore")
                        .AddAspNetCoreInstrumentation()
                        .AddRuntimeInstrumentation();
            });

        // Decided when the providers are built: OTLP only when an endpoint is configured; no traces are even recorded
        // without it (Prometheus takes metrics only).
        services.ConfigureOpenTelemetryTracerProvider((provider, tracing) =>
        {
            if (OtlpOptions(provider, configuration) is { } otlp)
                tracing.AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(otlp)));
            else
                tracing.SetSampler(new AlwaysOffSampler());
        });
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            if (OtlpOptions(provider, configuration) is { } otlp)
                metrics.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(otlp)));
        });

        // The scrape endpoint goes in front of the application's own endpoints, only when enabled.
        services.AddTransient<IStartupFilter, PrometheusEndpointStartupFilter>();
        return services;
    }

    /// <summary>
    /// The OTLP endpoint as configured when the services are registered (<c>Telemetry:OtlpEndpoint</c>, else
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): it decides whether request and command spans are recorded at all.
    /// </summary>
    internal static Uri? OtlpEndpointAtRegistration(IConfiguration configuration) =>
        Uri.TryCreate(configuration[$"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.OtlpEndpoint)}"], UriKind.Absolute, out var endpoint)
            ? endpoint
            : StandardOtlpEndpoint(configuration);

    /// <summary>OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, the endpoint when <c>Telemetry:OtlpEndpoint</c> is not set.</summary>
    private static Uri? StandardOtlpEndpoint(IConfiguration configuration) =>
        Uri.TryCreate(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"], UriKind.Absolute, out var standard) ? standard : null;

    /// <summary><c>Telemetry:PrometheusEnabled</c> as configured when the services are registered (an invalid value: false
    /// here; the options' validation at start reports it).</summary>
    internal static bool PrometheusEnabledAtRegistration(IConfiguration configuration) =>
        bool.TryParse(configuration[$"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.PrometheusEnabled)}"], out var enabled) && enabled;

    private static OtlpExporterOptions? OtlpOptions(IServiceProvider provider, IConfiguration configuration)
    {
        var options = provider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        var endpoint = options.OtlpEndpoint ?? StandardOtlpEndpoint(configuration);
        return endpoint is null ? null : new OtlpExporterOptions { Endpoint = endpoint, Protocol = options.OtlpProtocol };
    }
}
