using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BudgetGraph.Benchmark;

/// <summary>
/// The API as a child process on a free loopback port (`dotnet run -c Release`, so the current code is measured),
/// with its own throw-away SQLite file into which the service imports seeds/ at start.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string databasePath;

    private ServiceProcess(Process process, string databasePath, string baseAddress)
    {
        this.process = process;
        this.databasePath = databasePath;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    public static async Task<ServiceProcess> StartAsync(string repositoryRoot, TimeSpan startTimeout)
    {
        var port = FreeLoopbackPort();
        var baseAddress = $"http://127.0.0.1:{port}";
        var databasePath = Path.Combine(Path.GetTempPath(), $"budgetgraph-benchmark-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            // The API's own folder: its appsettings.json and relative paths (seeds) resolve as with the README command.
            WorkingDirectory = Path.Combine(repositoryRoot, "src", "BudgetGraph.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "run", "-c", "Release", "--no-launch-profile", "--project", ".", "--",
                     $"--urls={baseAddress}", "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={databasePath}",
                     "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `dotnet run`.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, databasePath, baseAddress);
        // Ctrl+C or SIGTERM on the benchmark must not leave the service running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => service.KillIfRunning();
        Console.CancelKeyPress += (_, _) => service.KillIfRunning();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"The service exited with {process.ExitCode}:\n{output}");
            }
            try
            {
                using var response = await client.GetAsync(baseAddress + "/healthz");
                if (response.IsSuccessStatusCode) return service;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Still building or importing.
            }
            await Task.Delay(500);
        }
        await service.DisposeAsync();
        throw new TimeoutException($"The service did not answer /healthz within {startTimeout}:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        KillIfRunning();
        await process.WaitForExitAsync();
        process.Dispose();
        foreach (var suffix in new[] { "", "-shm", "-wal" }) File.Delete(databasePath + suffix);
    }

    private void KillIfRunning()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
