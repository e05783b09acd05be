using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Http;

/// <summary><c>/healthz</c> for orchestrators: 200 when the database can be opened, 503 when it cannot.</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(IDbContextFactory<BudgetDbContext> contexts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Database.CanConnectAsync(cancellationToken))
                return Results.Json(new { status = "ok", database = "reachable" });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(HealthEndpoint)).LogWarning(e, "Health check: the database cannot be opened");
        }
        return Results.Json(new { status = "unhealthy", database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
