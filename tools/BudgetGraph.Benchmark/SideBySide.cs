using System.Diagnostics;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Issue 11's measure: the peer's own harness (`sidebyside.sh` of a writable copy of ../shared/peer) run on this
/// repository's Release build — for each of (a)–(d), PostGraphile's req/s, BudgetGraph executing every request
/// (response cache off) and BudgetGraph as served (cache on), in one run, with the ratios.
/// </summary>
public static class SideBySide
{
    public static int Run(string repositoryRoot, string peerCopy)
    {
        var script = Path.Combine(peerCopy, "sidebyside.sh");
        if (!File.Exists(script))
        {
            throw new ArgumentException($"{peerCopy} has no sidebyside.sh: pass a writable copy of ../shared/peer (its README: cp -r ../shared/peer /tmp/peer && cd /tmp/peer && npm ci).");
        }
        if (!IsWritable(peerCopy)) throw new ArgumentException($"{peerCopy} is not writable: the harness keeps its PostgreSQL cluster and pids there; copy it first.");

        Console.WriteLine("building src/BudgetGraph.Api (Release)…");
        ApiBuild.Build(repositoryRoot);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = peerCopy };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(repositoryRoot);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash sidebyside.sh.");
        process.WaitForExit();
        return process.ExitCode;
    }

    private static bool IsWritable(string folder)
    {
        var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
