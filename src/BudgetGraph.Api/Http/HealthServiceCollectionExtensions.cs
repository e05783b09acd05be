using BudgetGraph.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>/healthz</c> with ASP.NET Core health checks and the EF Core check, running a real query
/// (<see cref="DatabaseHealth"/>: SQLite's <c>quick_check</c> reads every page), so a database with a damaged tail is
/// reported unhealthy (503) although it still opens. Body: <c>{"status":"ok"}</c> or <c>{"status":"unhealthy"}</c>.
/// </summary>
public static class HealthServiceCollectionExtensions
{
    public const string Path = "/healthz";

    public static IServiceCollection AddBudgetGraphHealth(this IServiceCollection services)
    {
        // The EF check resolves the context from the request scope; contexts come from the pooled factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext());
        services.AddHealthChecks().AddDbContextCheck<BudgetDbContext>("database", customTestQuery: async (db, cancellationToken) =>
        {
            await DatabaseHealth.EnsureReadableAsync(db, cancellationToken);
            return true;
        });
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
