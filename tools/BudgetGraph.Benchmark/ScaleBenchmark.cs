using System.Globalization;
using System.Net.Http;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Issue 8's measure: the same whole-dataset operations at 5 disclosures (the seeds) and at 5 + 5 × copies (the seeds
/// plus the SYNTHETIC corpus), executed (response cache off) with N clients, p50/p99 side by side with their growth,
/// plus the import time and rate of the big database, the time to add 500 more disclosures to each database, and the
/// service's peak RSS while it answered. An operation that
/// grew over 2× is measured once more at the large size answered from the response cache, which tells the growth of
/// its execution from the growth of its answer (a page of 50 units holds 5 at the seeds' size and 50 at the large one).
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
        var atSmall = await MeasureAsync(build, small.Path, operations, options, $"{small.Figures.Documents:N0}", responseCache: false);
        var atLarge = await MeasureAsync(build, large.Path, operations, options, $"{large.Figures.Documents:N0}", responseCache: false);
        var overTwice = Enumerable.Range(0, operations.Count).Where(i => Growth(atSmall.Results[i], atLarge.Results[i]) > 2).ToList();
        IReadOnlyList<OperationOutcome> cachedAtLarge = [];
        if (overTwice.Count > 0)
        {
            // Whether the growth is the execution's or the answer's: the same operations, answered from the response
            // cache (the service only copies the first answer's bytes) at the large size.
            Console.WriteLine();
            cachedAtLarge = (await MeasureAsync(build, large.Path, overTwice.Select(i => operations[i]).ToList(), options,
                $"{large.Figures.Documents:N0}", responseCache: true)).Results;
        }

        Console.WriteLine();
        Console.WriteLine($"| operation | p50 / p99 ms at {small.Figures.Documents:N0} | p50 / p99 ms at {large.Figures.Documents:N0} | p50 growth | p99 ≤ 50 ms at {large.Figures.Documents:N0} |");
        Console.WriteLine("|---|---:|---:|---:|:---:|");
        for (var i = 0; i < operations.Count; i++)
        {
            var (s, l) = (atSmall.Results[i], atLarge.Results[i]);
            var growth = Times(Growth(s, l));
            var withinLimit = l.Failed ? "—" : l.Result!.P99Milliseconds <= 50 ? "yes" : "no";
            Console.WriteLine($"| {operations[i].Name} | {s.Cell} | {l.Cell} | {growth} | {withinLimit} |");
        }
        if (overTwice.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Over 2×: the answer's size (bytes, and objects under data: units, budgets, projects, indicators, …), and its");
            Console.WriteLine($"p50 when served from the response cache at {large.Figures.Documents:N0} (nothing executed; the floor for any service sending those");
            Console.WriteLine($"bytes to these clients on these cores) against the executed p50 at {small.Figures.Documents:N0}. A floor over 2×: no service could keep");
            Console.WriteLine("the operation within 2× for these clients on these cores. Objects grown as much as the p50: the answer grew, not the");
            Console.WriteLine("cost of each object (a page that is full only at the large size); objects grown much less: the execution grew.");
            Console.WriteLine();
            Console.WriteLine($"| operation | answer bytes at {small.Figures.Documents:N0} | at {large.Figures.Documents:N0} | objects at {small.Figures.Documents:N0} | at {large.Figures.Documents:N0} | objects growth | p50 growth | p50 / p99 ms from the cache at {large.Figures.Documents:N0} | floor growth |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (var j = 0; j < overTwice.Count; j++)
            {
                var (s, l, c) = (atSmall.Results[overTwice[j]], atLarge.Results[overTwice[j]], cachedAtLarge[j]);
                var objectsGrowth = s.Result!.AnswerObjects > 0 ? (double)l.Result!.AnswerObjects / s.Result.AnswerObjects : (double?)null;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {operations[overTwice[j]].Name} | {s.Result!.AnswerBytes:N0} | {l.Result!.AnswerBytes:N0} | {s.Result.AnswerObjects:N0} | {l.Result.AnswerObjects:N0} | {Times(objectsGrowth)} | {Times(Growth(s, l))} | {c.Cell} | {Times(Growth(s, c))} |"));
            }
        }
        Console.WriteLine();
        Console.WriteLine($"import at {large.Figures.Documents:N0}: {large.Figures.DescribeWithPhases(large.Reused ? " (reused; --rebuild imports again)" : "")}");
        await AddedAsync(build, seeds, options, small, large);
        Console.WriteLine($"service peak RSS (VmHWM) answering at {small.Figures.Documents:N0}: {ImportFigures.Megabytes(atSmall.PeakResidentBytes)}; at {large.Figures.Documents:N0}: {ImportFigures.Megabytes(atLarge.PeakResidentBytes)}");
        return atSmall.Results.Concat(atLarge.Results).Any(r => r.Failed) ? 1 : 0;
    }

    /// <summary>Copies added to a database, per seed: 500 documents, other units than the large corpus's.</summary>
    private const int AddedCopies = 100;

    /// <summary>
    /// The same batch of SYNTHETIC disclosures (new units) imported into a copy of each database: an import into a
    /// database that holds thousands should go as fast as into one that holds five.
    /// </summary>
    private static async Task AddedAsync(ApiBuild build, string seeds, ScaleOptions options,
        (string Path, ImportFigures Figures, bool Reused) small, (string Path, ImportFigures Figures, bool Reused) large)
    {
        var batch = Path.Combine(options.WorkFolder, $"corpus-added-{options.Copies + 1}-{options.Copies + AddedCopies}");
        SyntheticCorpus.EnsureWritten(seeds, batch, AddedCopies, firstCopy: options.Copies + 1);
        var intoSmall = await ImportRun.ImportIntoCopyAsync(build, small.Path, Path.Combine(options.WorkFolder, "added-to-seeds.db"), [batch]);
        var intoLarge = await ImportRun.ImportIntoCopyAsync(build, large.Path, Path.Combine(options.WorkFolder, "added-to-synthetic.db"), [batch]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"adding {intoLarge.Documents:N0} more (new units) into {small.Figures.Documents:N0}: {intoSmall.Seconds:0.0} s ({intoSmall.DocumentsPerSecond:0}/s); " +
            $"into {large.Figures.Documents:N0}: {intoLarge.Seconds:0.0} s ({intoLarge.DocumentsPerSecond:0}/s), " +
            $"{intoLarge.Seconds / intoSmall.Seconds:0.0}× the time"));
    }

    private static async Task<(string Path, ImportFigures Figures, bool Reused)> EnsureAsync(ApiBuild build, string databasePath,
        IReadOnlyList<string> folders, bool rebuild)
    {
        Console.WriteLine($"database {databasePath}: importing {string.Join(" + ", folders)} unless built before…");
        var (figures, reused) = await ImportRun.EnsureDatabaseAsync(build, databasePath, folders, rebuild);
        Console.WriteLine($"  {(reused ? "reused" : "imported")}: {figures.DescribeWithPhases()}");
        return (databasePath, figures, reused);
    }

    /// <summary>p50 at the large size ÷ p50 at the small one; null when either gave no figures.</summary>
    private static double? Growth(OperationOutcome small, OperationOutcome large) =>
        small.Failed || large.Failed ? null : large.Result!.P50Milliseconds / small.Result!.P50Milliseconds;

    /// <summary>A growth as printed ("2.4×"), "—" when there is none.</summary>
    private static string Times(double? growth) =>
        growth is { } g ? string.Create(CultureInfo.InvariantCulture, $"{g:0.0}×") : "—";

    private static async Task<(IReadOnlyList<OperationOutcome> Results, long? PeakResidentBytes)> MeasureAsync(ApiBuild build,
        string databasePath, IReadOnlyList<BenchmarkQuery> operations, ScaleOptions options, string label, bool responseCache)
    {
        Console.WriteLine($"at {label} disclosures ({Path.GetFileName(databasePath)}){(responseCache ? ", answered from the response cache" : "")}:");
        await using var service = await ServiceProcess.StartBuiltAsync(build, databasePath, StartTimeout, responseCache);
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
