using BudgetGraph.Api.Hosting;

namespace BudgetGraph.Api.Tests.Hosting;

/// <summary>
/// Runs the service as its command line does (<see cref="BudgetGraphHost.RunAsync"/>) and returns its exit code and
/// what it wrote to standard error. Standard error is process-wide: the runs of every test class that reads it take
/// turns here, so no test reads another's line.
/// </summary>
internal static class ServiceRun
{
    private static readonly SemaphoreSlim StandardError = new(1, 1);

    /// <summary>A start that neither stops nor fails within this is a failure of the test, not a hang.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static async Task<(int Code, string Error)> RunAsync(IEnumerable<string> args) =>
        await CaptureStandardErrorAsync(async () =>
        {
            var run = BudgetGraphHost.RunAsync([.. args]);
            Assert.Same(run, await Task.WhenAny(run, Task.Delay(Limit)));
            return await run;
        });

    /// <summary>Runs <paramref name="action"/> with standard error captured (and no other capture at the same time).</summary>
    public static async Task<(T Result, string Error)> CaptureStandardErrorAsync<T>(Func<Task<T>> action)
    {
        await StandardError.WaitAsync();
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            return (await action(), error.ToString());
        }
        finally
        {
            Console.SetError(original);
            StandardError.Release();
        }
    }
}
