using System.Globalization;
using System.Net.Http;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Issue 8's measure: the same whole-dataset operations at 5 disclosures (the seeds) and at 5 + 5 × copies (the seeds
/// plus the SYNTHETIC corpus), executed (response cache off) with N clients, p50/p99 side by side with their growth,
/// plus the import time and rate of the big database and the service's peak RSS while it answered.
/// </summary>
public static class ScaleBenchmark
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(ScaleOptions options, string repositoryRoot)
    {
        var seeds = Path.Combine(repositoryRoot, "seeds");
        if (IsInside(options.WorkFolder, repositoryRoot))
        {
            throw new ArgumentException($"--work {options.WorkFolder} is inside the repository: the SYNTHETIC corpus and its database stay outside it.");
        }
        var operations = LoadOperations(options.OperationsFolder ?? Path.Combine(repositoryRoot, "tools", "BudgetGraph.Benchmark", "growth-ops"));

        Directory.CreateDirectory(options.WorkFolder);
        var corpus = Path.Combine(options.WorkFolder, $"corpus-{options.Copies}");
        var written = SyntheticCorpus.EnsureWritten(seeds, corpus, options.Copies);
        Console.WriteLine($"corpus: {written:N0} SYNTHETIC disclosures in {corpus} (never real data)");

        Console.WriteLine("building src/BudgetGraph.Api (Release)…");
        var build = ApiBuild.Build(repositoryRoot);

        var small = await EnsureAsync(build, Path.Combine(options.WorkFolder, "seeds.db"), [seeds], options.Rebuild);
        var large = await EnsureAsync(build, Path.Combine(options.WorkFolder, $"synthetic-{options.Copies}.db"), [corpus, seeds], options.Rebuild);

        Console.WriteLine();
        Console.WriteLine($"{options.Clients} clients, {options.Duration.TotalSeconds:0} s per operation after {options.WarmUp.TotalSeconds:0} s warm-up, response cache off, {Environment.ProcessorCount} cores");
        var atSmall = await MeasureAsync(build, small.Path, operations, options, $"{small.Figures.Documents:N0}");
        var atLarge = await MeasureAsync(build, large.Path, operations, options, $"{large.Figures.Documents:N0}");

        Console.WriteLine();
        Console.WriteLine($"| operation | p50 / p99 ms at {small.Figures.Documents:N0} | p50 / p99 ms at {large.Figures.Documents:N0} | p50 growth | p99 ≤ 50 ms at {large.Figures.Documents:N0} |");
        Console.WriteLine("|---|---:|---:|---:|:---:|");
        for (var i = 0; i < operations.Count; i++)
        {
            var (s, l) = (atSmall.Results[i], atLarge.Results[i]);
            var growth = s.Failed || l.Failed ? "—" : string.Create(CultureInfo.InvariantCulture, $"{l.Result!.P50Milliseconds / s.Result!.P50Milliseconds:0.0}×");
            var withinLimit = l.Failed ? "—" : l.Result!.P99Milliseconds <= 50 ? "yes" : "no";
            Console.WriteLine($"| {operations[i].Name} | {s.Cell} | {l.Cell} | {growth} | {withinLimit} |");
        }
        Console.WriteLine();
        Console.WriteLine($"import at {large.Figures.Documents:N0}: {large.Figures.Describe()}{(large.Reused ? " (reused; --rebuild imports again)" : "")}");
        Console.WriteLine($"service peak RSS (VmHWM) answering at {small.Figures.Documents:N0}: {ImportFigures.Megabytes(atSmall.PeakResidentBytes)}; at {large.Figures.Documents:N0}: {ImportFigures.Megabytes(atLarge.PeakResidentBytes)}");
        return atSmall.Results.Concat(atLarge.Results).Any(r => r.Failed) ? 1 : 0;
    }

    private static async Task<(string Path, ImportFigures Figures, bool Reused)> EnsureAsync(ApiBuild build, string databasePath,
        IReadOnlyList<string> folders, bool rebuild)
    {
        Console.WriteLine($"database {databasePath}: importing {string.Join(" + ", folders)} unless built before…");
        var (figures, reused) = await ImportRun.EnsureDatabaseAsync(build, databasePath, folders, rebuild);
        Console.WriteLine($"  {(reused ? "reused" : "imported")}: {figures.Describe()}");
        return (databasePath, figures, reused);
    }

    private static async Task<(IReadOnlyList<OperationOutcome> Results, long? PeakResidentBytes)> MeasureAsync(ApiBuild build,
        string databasePath, IReadOnlyList<BenchmarkQuery> operations, ScaleOptions options, string label)
    {
        Console.WriteLine($"at {label} disclosures ({Path.GetFileName(databasePath)}):");
        await using var service = await ServiceProcess.StartBuiltAsync(build, databasePath, StartTimeout);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var runner = new LoadRunner(client, service.BaseAddress + "/graphql");
        var results = new List<OperationOutcome>();
        foreach (var operation in operations)
        {
            OperationOutcome outcome;
            try
            {
                outcome = new OperationOutcome(await runner.RunAsync(operation, options.Clients, options.WarmUp, options.Duration), null);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                outcome = new OperationOutcome(null, e.Message);
            }
            Console.WriteLine($"  {operation.Name}: {outcome.Cell}{(outcome.Result is { Errors: > 0 } r ? $" ({r.Errors} errors: {r.FirstError})" : "")}{(outcome.Error is { } error ? $" — {error}" : "")}");
            results.Add(outcome);
        }
        return (results, service.PeakResidentBytes());
    }

    private static List<BenchmarkQuery> LoadOperations(string folder)
    {
        var files = Directory.GetFiles(folder, "*.graphql").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ArgumentException($"No *.graphql operations in {folder}.");
        return files.Select(f => new BenchmarkQuery(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
    }

    private static bool IsInside(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>One operation's figures at one size, or why it gave none (an error answer, a timeout).</summary>
    private sealed record OperationOutcome(BenchmarkResult? Result, string? Error)
    {
        public bool Failed => Result is null || Result.Errors > 0;

        public string Cell => Result is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"{r.P50Milliseconds:0.0} / {r.P99Milliseconds:0.0}")
            : "failed";
    }
}
