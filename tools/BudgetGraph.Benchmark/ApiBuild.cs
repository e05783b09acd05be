using System.Diagnostics;
using System.Globalization;

namespace BudgetGraph.Benchmark;

/// <summary>
/// The API's Release build, run directly (not through `dotnet run`, whose launcher would be what is measured for
/// memory): its `import` command builds the databases and its server answers the load.
/// </summary>
public sealed class ApiBuild
{
    private readonly string apiFolder;

    private ApiBuild(string apiFolder, string executable)
    {
        this.apiFolder = apiFolder;
        Executable = executable;
    }

    public string Executable { get; }

    /// <summary>Builds src/BudgetGraph.Api in Release (so the current code is measured) and returns its executable.</summary>
    public static ApiBuild Build(string repositoryRoot)
    {
        var apiFolder = Path.Combine(repositoryRoot, "src", "BudgetGraph.Api");
        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = apiFolder };
        foreach (var arg in new[] { "build", "-c", "Release", "--nologo", "-v", "quiet" }) build.ArgumentList.Add(arg);
        using var process = Process.Start(build) ?? throw new InvalidOperationException("Could not start `dotnet build`.");
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"`dotnet build -c Release` of {apiFolder} failed ({process.ExitCode}).");
        var executable = Path.Combine(apiFolder, "bin", "Release", "net10.0", "BudgetGraph.Api");
        if (!File.Exists(executable)) throw new InvalidOperationException($"No API executable at {executable} after the build.");
        return new ApiBuild(apiFolder, executable);
    }

    /// <summary>
    /// A start of the API on <paramref name="databasePath"/> (SQLite) with warnings-only logging and no seed import
    /// at start; run from the API's folder, as the README's command runs it.
    /// </summary>
    public ProcessStartInfo StartInfo(string databasePath, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = apiFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Seeds__ImportAtStartup"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>
    /// Linux <c>VmHWM</c> of a running process and of the processes it started, the largest: a peak resident set size
    /// so far, in bytes. The <c>import</c> command runs in a child of the process started (BatchRuntime).
    /// </summary>
    public static long? PeakResidentBytes(Process process)
    {
        long? peak = null;
        var pending = new Stack<int>([process.Id]);
        while (pending.TryPop(out var id))
        {
            try
            {
                var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                // "VmHWM:    231112 kB"
                if (line is not null)
                {
                    var bytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    peak = Math.Max(peak ?? 0, bytes);
                }
                foreach (var child in File.ReadAllText($"/proc/{id}/task/{id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    pending.Push(int.Parse(child, CultureInfo.InvariantCulture));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // exited meanwhile, or no /proc here
            }
        }
        return peak;
    }
}
