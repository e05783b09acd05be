using System.Diagnostics;

namespace BudgetGraph.Api.Tests;

/// <summary>The API's app host built beside the tests, run as a user runs it, for tests of its command line.</summary>
internal static class AppHost
{
    /// <summary>Starting the host with <paramref name="args"/> on the SQLite file <paramref name="databasePath"/>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(string databasePath, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "BudgetGraph.Api.exe" : "BudgetGraph.Api");
        var start = new ProcessStartInfo(host, args)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__ConnectionString"] = $"Data Source={databasePath}";
        return start;
    }

    /// <summary>
    /// Runs the host with <paramref name="args"/> on <paramref name="databasePath"/> until it exits; bounded, so a host
    /// that serves cannot hang the test (it is killed after 60 s and the test fails).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string databasePath, params string[] args)
    {
        var start = StartInfo(databasePath, args);
        start.Environment["Urls"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', args)} did not exit within 60 s (it serves?)");
        }
        return (process.ExitCode, await output, await error);
    }
}
