using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Hosting;

/// <summary>
/// Runs the service; a start-up failure it understands (<see cref="StartupFailure"/>) ends it with one line on
/// standard error and a distinct exit code instead of a stack trace.
/// </summary>
public static class BudgetGraphHost
{
    // Under WebApplicationFactory the entry point's exception is how the factory learns why the start failed (it
    // rethrows it to the test); swallowing it there would leave only "the server has not been started".
    private static readonly bool UnderTestHost =
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.AspNetCore.Mvc.Testing");

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
        catch (Exception e) when (!UnderTestHost && StartupFailure.From(e) is { } failure)
        {
            await Console.Error.WriteLineAsync($"budgetgraph: {failure.Message}");
            return failure.ExitCode;
        }
    }
}
