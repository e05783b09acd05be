using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BudgetGraph.Benchmark;

/// <summary>
/// The API as a child process on a free loopback port: either `dotnet run -c Release` (so the current code is
/// measured) with its own throw-away SQLite file into which the service imports seeds/ at start, or the Release build
/// (<see cref="ApiBuild"/>) serving a database that was imported beforehand and is kept.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string? throwAwayDatabasePath;

    private ServiceProcess(Process process, string? throwAwayDatabasePath, string baseAddress)
    {
        this.process = process;
        this.throwAwayDatabasePath = throwAwayDatabasePath;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    /// <summary>
    /// The process's peak resident set size so far (Linux <c>VmHWM</c>), in bytes; null where /proc is not there.
    /// Read from the API process itself, so only for <see cref="StartBuiltAsync"/> (under `dotnet run` it would be the
    /// launcher's).
    /// </summary>
    public long? PeakResidentBytes() => ApiBuild.PeakResidentBytes(process);

    /// <summary>
    /// Serves <paramref name="databasePath"/> (kept afterwards) with the Release build, no seed import at start: with the
    /// response cache off (the default) every request is executed against the data as it is; with it on, a repeated
    /// request is answered with the bytes of its first answer (<paramref name="responseCache"/>).
    /// </summary>
    public static async Task<ServiceProcess> StartBuiltAsync(ApiBuild build, string databasePath, TimeSpan startTimeout, bool responseCache = false)
    {
        var port = FreeLoopbackPort();
        var baseAddress = $"http://127.0.0.1:{port}";
        var start = build.StartInfo(databasePath, $"--urls={baseAddress}");
        if (!responseCache) start.Environment["GraphQLHttp__ResponseCacheEntries"] = "0";
        return await StartAndWaitAsync(start, throwAwayDatabasePath: null, baseAddress, startTimeout);
    }

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

        return await StartAndWaitAsync(start, databasePath, baseAddress, startTimeout);
    }

    private static async Task<ServiceProcess> StartAndWaitAsync(ProcessStartInfo start, string? throwAwayDatabasePath, string baseAddress,
        TimeSpan startTimeout)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, throwAwayDatabasePath, baseAddress);
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
        if (throwAwayDatabasePath is null) return;
        foreach (var suffix in new[] { "", "-shm", "-wal" }) File.Delete(throwAwayDatabasePath + suffix);
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
