using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Hosting;

/// <summary>
/// Runs the service; a start-up failure it understands (<see cref="StartupFailure"/>) ends it with one line on
/// standard error and a distinct exit code instead of a stack trace.
/// </summary>
public static class BudgetGraphHost
{
    public static Task<int> RunAsync(string[] args) => StartupFailure.AsOneLineAsync("budgetgraph", async () =>
    {
        // The host would log a start-up failure with its stack trace; it is reported as one line instead.
        var app = BudgetGraphApp.Build(args, builder =>
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
        await app.RunAsync();
        return 0;
    });
}
