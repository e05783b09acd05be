using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Builds a benchmark database with the API's own `import` command (the path users take), timing it from process
/// start to exit and sampling its peak RSS; reuses a database built earlier unless told to rebuild.
/// </summary>
public static partial class ImportRun
{
    public static async Task<(ImportFigures Figures, bool Reused)> EnsureDatabaseAsync(ApiBuild build, string databasePath,
        IReadOnlyList<string> folders, bool rebuild)
    {
        var figuresPath = databasePath + ".import.txt";
        if (!rebuild && File.Exists(databasePath) && ImportFigures.Load(figuresPath) is { } earlier) return (earlier, true);

        foreach (var suffix in new[] { "", "-wal", "-shm", ".import.txt" }) File.Delete(databasePath + suffix);
        var figures = await ImportAsync(build, databasePath, folders);
        figures.Save(figuresPath);
        return (figures, false);
    }

    /// <summary>
    /// Imports <paramref name="folders"/> into a copy (<paramref name="copyPath"/>, replaced) of the database
    /// <paramref name="databasePath"/>: what adding documents to a database that already holds others costs.
    /// </summary>
    public static async Task<ImportFigures> ImportIntoCopyAsync(ApiBuild build, string databasePath, string copyPath, IReadOnlyList<string> folders)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(copyPath + suffix);
            if (File.Exists(databasePath + suffix)) File.Copy(databasePath + suffix, copyPath + suffix);
        }
        return await ImportAsync(build, copyPath, folders);
    }

    /// <summary>Runs the API's `import` of <paramref name="folders"/> into <paramref name="databasePath"/>, timed.</summary>
    private static async Task<ImportFigures> ImportAsync(ApiBuild build, string databasePath, IReadOnlyList<string> folders)
    {
        var start = build.StartInfo(databasePath, ["import", .. folders]);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {build.Executable}.");
        // One line per document when not on a terminal: keep only the tail, for the summary and any error.
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > 20) tail.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        long? peak = null;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(250)))
        {
            // The largest seen: the import's own process (a child of the one started) is gone once it has ended.
            if (ApiBuild.PeakResidentBytes(process) is { } now) peak = Math.Max(peak ?? 0, now);
        }
        await process.WaitForExitAsync(); // drains the redirected output
        stopwatch.Stop();

        string output;
        lock (tail) output = string.Join('\n', tail);
        var summary = Summary().Match(output);
        if (process.ExitCode != 0 || !summary.Success || summary.Groups["failed"].Value != "0")
        {
            throw new InvalidOperationException($"import into {databasePath} failed (exit {process.ExitCode}):\n{output}");
        }
        return new ImportFigures(int.Parse(summary.Groups["documents"].Value, CultureInfo.InvariantCulture),
            stopwatch.Elapsed.TotalSeconds, peak, DateTimeOffset.UtcNow,
            output.Split('\n').LastOrDefault(l => l.StartsWith(ImportPhases.LinePrefix, StringComparison.Ordinal)));
    }

    // ImportRunReport's summary line: "5005 documents: 5005 imported, 0 replaced, 0 unchanged, 0 failed; …"
    [GeneratedRegex(@"(?<documents>\d+) documents: \d+ imported, \d+ replaced, \d+ unchanged, (?<failed>\d+) failed")]
    private static partial Regex Summary();
}
