using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Operations;

/// <summary>Puts the Prometheus scrape endpoint first in the pipeline when <see cref="TelemetryOptions.PrometheusEnabled"/>.</summary>
internal sealed class PrometheusEndpointStartupFilter(IOptions<TelemetryOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.PrometheusEnabled)
            app.UseOpenTelemetryPrometheusScrapingEndpoint(options.Value.PrometheusPath);
        next(app);
    };
}
