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
}
