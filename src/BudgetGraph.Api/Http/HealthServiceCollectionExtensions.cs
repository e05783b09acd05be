using BudgetGraph.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using BudgetGraph.Api.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>/healthz</c> with ASP.NET Core health checks, running real queries
/// (<see cref="DatabaseHealthProbe"/>: SQLite's <c>quick_check</c>, which reads every page, on the first probe and at
/// most once per <see cref="HealthOptions.FullCheckInterval"/>; the schema in between), so a database with a damaged
/// tail is reported unhealthy (503) although it still opens. Body: <c>{"status":"ok"}</c> or <c>{"status":"unhealthy"}</c>.
/// </summary>
public static class HealthServiceCollectionExtensions
{
    public const string Path = "/healthz";

    /// <param name="configuration">Binds <see cref="HealthOptions"/> ("Health"); without it the defaults apply.</param>
    public static IServiceCollection AddBudgetGraphHealth(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (configuration is null) services.AddOptions<HealthOptions>();
        else services.AddValidatedOptions<HealthOptions>(configuration, HealthOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseHealthProbe>();
        services.AddHealthChecks().Add(new HealthCheckRegistration("database",
            sp => sp.GetRequiredService<DatabaseHealthProbe>(), failureStatus: null, tags: null));
        return services;
    }

    public static IEndpointRouteBuilder MapBudgetGraphHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResponseWriter = (http, report) => http.Response.WriteAsJsonAsync(new
            {
                status = report.Status == HealthStatus.Healthy ? "ok" : "unhealthy",
                database = report.Status == HealthStatus.Healthy ? "readable" : "failing",
            }),
        });
        return app;
    }
}
