using System.Globalization;
using BudgetGraph.Benchmark;

// dotnet run -c Release --project tools/BudgetGraph.Benchmark -- [--duration 10] [--warmup 3] [--clients 32] [--url http://host/graphql] [--query '{ … }']
// Without --url it starts the API itself (dotnet run -c Release, a throw-away SQLite database with the seeds).
if (BenchmarkUsage.AsksForHelp(args))
{
    Console.WriteLine(BenchmarkUsage.Text);
    return 0;
}

// dotnet run -c Release --project tools/BudgetGraph.Benchmark -- --make-corpus DIR [--copies 1000]
// writes the SYNTHETIC scale corpus (5 seeds × copies renamed copies, files SYNTHETIC-*.txt, units named …合成…) and exits.
if (args is ["--make-corpus", var corpusFolder, .. var rest])
{
    var copies = rest is ["--copies", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 1000;
    var written = SyntheticCorpus.EnsureWritten(Path.Combine(FindRepositoryRoot(), "seeds"), corpusFolder, copies);
    Console.WriteLine($"{written} SYNTHETIC disclosures in {corpusFolder} (never real data; do not put them under seeds/).");
    return 0;
}

// dotnet run -c Release --project tools/BudgetGraph.Benchmark -- --parse-bench DIR [--count 1000] [--reconcile] [--digest]
// parses (and reconciles) N files of DIR on one thread, in process, and prints CPU ms and allocated KB per document
// (--digest: a SHA-256 of every parsed model instead, to compare a parser change's results before and after).
if (args is ["--parse-bench", var parseFolder, .. var parseRest])
{
    var count = parseRest is ["--count", var c, ..] ? int.Parse(c, CultureInfo.InvariantCulture) : 1000;
    return ParseBenchmark.Run(parseFolder, count, parseRest.Contains("--reconcile"), parseRest.Contains("--digest"));
}

// dotnet run -c Release --project tools/BudgetGraph.Benchmark -- --scale [--copies 1000] [--work DIR] [--clients 16]
//   [--duration 5] [--warmup 2] [--ops DIR] [--rebuild]
// issue 8's growth measure: builds (or reuses) a seeds-only database and one of the seeds + 5 × copies SYNTHETIC
// disclosures with the API's import command, then prints every growth-ops operation's p50/p99 at both sizes, the
// import time and rate, and the service's peak RSS.
if (args is ["--scale", .. var scaleRest])
{
    if (BenchmarkUsage.TryParse(() => ScaleOptions.Parse(scaleRest), "scale benchmark") is not { } scaleOptions) return 2;
    try
    {
        return await ScaleBenchmark.RunAsync(scaleOptions, FindRepositoryRoot());
    }
    catch (Exception e) when (e is ArgumentException or InvalidOperationException or TimeoutException or IOException)
    {
        Console.Error.WriteLine($"scale benchmark stopped: {e.Message}");
        return 2;
    }
}

// dotnet run -c Release --project tools/BudgetGraph.Benchmark -- --side-by-side PEER_COPY
// issue 11's measure: the peer's sidebyside.sh (a writable copy of ../shared/peer, `npm ci` done) on this repository's
// Release build: PostGraphile, BudgetGraph executed (cache off) and as served (cache on), ratios, in one run.
if (args is ["--side-by-side", var peerCopy])
{
    try
    {
        return SideBySide.Run(FindRepositoryRoot(), Path.GetFullPath(peerCopy));
    }
    catch (Exception e) when (e is ArgumentException or InvalidOperationException)
    {
        Console.Error.WriteLine($"side-by-side stopped: {e.Message}");
        return 2;
    }
}

if (BenchmarkUsage.TryParse(() => BenchmarkOptions.Parse(args), "benchmark") is not { } options) return 2;

ServiceProcess? service = null;
var graphqlUrl = options.Url;
if (graphqlUrl is null)
{
    Console.WriteLine("Starting the service (dotnet run -c Release, importing seeds)…");
    service = await ServiceProcess.StartAsync(FindRepositoryRoot(), TimeSpan.FromMinutes(3));
    graphqlUrl = service.BaseAddress + "/graphql";
}

try
{
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    var runner = new LoadRunner(client, graphqlUrl);

    Console.WriteLine($"{graphqlUrl}: {options.Clients} concurrent clients, {options.Duration.TotalSeconds:0} s per query after {options.WarmUp.TotalSeconds:0} s warm-up, {Environment.ProcessorCount} cores");
    Console.WriteLine();
    Console.WriteLine("| query | req/s | p50 ms | p99 ms | requests | errors |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    var failed = false;
    var queries = options.Query is null ? BenchmarkQuery.All : [new BenchmarkQuery("custom", options.Query)];
    foreach (var query in queries)
    {
        var result = await runner.RunAsync(query, options.Clients, options.WarmUp, options.Duration);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {result.Name} | {result.RequestsPerSecond:0} | {result.P50Milliseconds:0.0} | {result.P99Milliseconds:0.0} | {result.Requests} | {result.Errors} |"));
        if (result.FirstError is not null)
        {
            Console.Error.WriteLine($"  first error: {result.FirstError}");
            failed = true;
        }
    }
    return failed ? 1 : 0;
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
{
    Console.Error.WriteLine($"benchmark stopped: {e.Message}");
    return 2;
}
finally
{
    if (service is not null) await service.DisposeAsync();
}

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "BudgetGraph.sln"))) return folder.FullName;
    }
    throw new InvalidOperationException("Run the benchmark from inside the repository (no BudgetGraph.sln found above it).");
}
