namespace BudgetGraph.Benchmark;

/// <summary>The benchmark's modes, printed for <c>--help</c> and after a usage error (exit code 2).</summary>
public static class BenchmarkUsage
{
    public const string Text =
        "usage: BudgetGraph.Benchmark [--duration 10] [--warmup 3] [--clients 32] [--url http://host/graphql] [--query '{ … }']\n" +
        "         the four benchmark queries (or --query) against --url, or against the API started on the seeds\n" +
        "       BudgetGraph.Benchmark --scale [--copies 1000] [--work DIR] [--clients 16] [--duration 5] [--warmup 2] [--ops DIR] [--rebuild]\n" +
        "         issue 8's growth: every growth-ops operation at 5 and at 5 + 5 × copies SYNTHETIC disclosures, and the import\n" +
        "       BudgetGraph.Benchmark --side-by-side PEER_COPY\n" +
        "         the peer's sidebyside.sh on this build (a writable copy of ../shared/peer with npm ci done)\n" +
        "       BudgetGraph.Benchmark --make-corpus DIR [--copies 1000]\n" +
        "         writes the SYNTHETIC scale corpus and exits\n" +
        "       BudgetGraph.Benchmark --parse-bench DIR [--count 1000] [--reconcile] [--digest]\n" +
        "         parses N files of DIR on one thread and prints CPU and allocations per document";

    /// <summary>
    /// The options <paramref name="parse"/> reads, or null after printing its error and the usage on standard error (a
    /// bad option, a missing value or a number that is not one).
    /// </summary>
    public static T? TryParse<T>(Func<T> parse, string who) where T : class
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"{who}: {e.Message}\n{Text}");
            return null;
        }
    }

    /// <summary>Whether the arguments ask for the usage.</summary>
    public static bool AsksForHelp(string[] args) => args is [var only] && (Data.Import.HelpFlag.Is(only) || only is "help");
}
