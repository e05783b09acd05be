using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BudgetGraph.Api.Import;

/// <summary>
/// Runs the batch commands (<c>import</c>, <c>check</c>) in a child process of this same program with the JIT's
/// profile-guided tiering off (<c>DOTNET_TieredPGO=0</c>), and waits for it, passing on its exit code.
/// </summary>
/// <remarks>
/// Why: profile-guided tiering compiles each hot method three times (quick, instrumented, optimised) and runs the
/// instrumented code for a while. A long-running service earns that back (measured: 5–25 % more requests per second
/// with it), a batch of a few tens of seconds on two cores does not: importing 5,005 disclosures took 11–20 % less CPU
/// without it (medians of two alternating series on this 2-core machine: 36.5 against 46.8 CPU-s, 25.9 against 31.9 s
/// wall, four pairs; 40.2 against 46.3 CPU-s, 28.3 against 31.3 s wall, eight pairs; see BENCHMARK.md). The
/// runtime reads the setting only at start-up, for the whole process, so the service keeps it and the import
/// restarts itself without it. The child inherits the terminal, the working folder, the environment and the
/// arguments (the caller's folder included); signals sent to this process are passed on, so Ctrl+C and a container's
/// stop reach the import. Setting <c>DOTNET_TieredPGO</c> yourself (0 or 1) runs the command in this process as
/// given. Not on Windows, where a console's Ctrl+C cannot be passed on the same way: there it runs in-process.
/// </remarks>
public static class BatchRuntime
{
    /// <summary>The runtime's switch, read once at process start.</summary>
    public const string TieredPgoVariable = "DOTNET_TieredPGO";

    /// <summary>
    /// True when this process should start the command again with profile-guided tiering off: the setting is not
    /// already given (by the user, or by the process that started this one) and the platform can pass signals on.
    /// </summary>
    public static bool ShouldRelaunch(string? tieredPgo) => tieredPgo is null && !OperatingSystem.IsWindows();

    /// <summary>Starts this program again with <paramref name="args"/> as given to <c>Main</c>; returns its exit code.</summary>
    public static async Task<int> RelaunchAsync(string[] args)
    {
        var start = StartInfo(args);
        start.Environment[TieredPgoVariable] = "0";
        using var child = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName} again for the import.");
        // Ctrl+C in a terminal reaches the whole process group, the child included; kill, docker stop and the rest
        // reach this process only. Either way this process stays until the child has ended and tells it.
        var registrations = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                PassOn(child, context.Signal);
            }))
            .ToList();
        try
        {
            await child.WaitForExitAsync();
            return child.ExitCode;
        }
        finally
        {
            foreach (var registration in registrations) registration.Dispose();
        }
    }

    /// <summary>This program as it was started: its app host, or <c>dotnet &lt;the entry assembly&gt;</c>.</summary>
    private static ProcessStartInfo StartInfo(string[] args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The program's own path is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(BatchRuntime).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    private static void PassOn(Process child, PosixSignal signal)
    {
        // PosixSignal's values are its own; kill(2) takes the platform's numbers, the same on Linux and macOS for these.
        var number = signal switch
        {
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGQUIT => 3,
            _ => 15,
        };
        try
        {
            if (!child.HasExited) _ = Kill(child.Id, number);
        }
        catch (InvalidOperationException)
        {
            // The child ended in the meantime: nothing to pass on.
        }
    }

    // DllImport, not LibraryImport: the latter's generated stub needs unsafe code for the project; this signature is
    // blittable and needs no marshalling.
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int processId, int signal);
}
