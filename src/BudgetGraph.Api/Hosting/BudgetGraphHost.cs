using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Hosting;

/// <summary>
/// Runs the service; a start-up failure it understands (<see cref="StartupFailure"/>) ends it with one line on
/// standard error and a distinct exit code instead of a stack trace.
/// </summary>
public static class BudgetGraphHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // The host would log a start-up failure with its stack trace; it is reported below as one line instead
            // (a failure not understood still ends the process with the runtime's report).
            var app = BudgetGraphApp.Build(args, builder =>
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (StartupFailure.From(e) is { } failure)
        {
            await Console.Error.WriteLineAsync($"budgetgraph: {failure.Message}");
            return failure.ExitCode;
        }
    }
}
