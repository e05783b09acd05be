using System.Globalization;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Options of <c>--scale</c>: <c>--copies</c> renamed copies per seed (1,000 → 5,000 SYNTHETIC disclosures),
/// <c>--work</c> the folder for the corpus and both databases (outside the repository), <c>--clients</c>,
/// <c>--duration</c> and <c>--warmup</c> per operation, <c>--ops</c> the folder of <c>*.graphql</c> operations,
/// <c>--rebuild</c> to import the databases again instead of reusing them.
/// </summary>
public sealed record ScaleOptions(int Copies, string WorkFolder, int Clients, TimeSpan Duration, TimeSpan WarmUp, string? OperationsFolder, bool Rebuild)
{
    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScaleOptions(1000, Path.Combine(Path.GetTempPath(), "budgetgraph-scale"), 16,
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), null, Rebuild: false);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--rebuild")
            {
                options = options with { Rebuild = true };
                continue;
            }
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--copies" => options with { Copies = int.Parse(value, CultureInfo.InvariantCulture) },
                "--work" => options with { WorkFolder = Path.GetFullPath(value) },
                "--clients" => options with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--ops" => options with { OperationsFolder = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --copies, --work, --clients, --duration, --warmup, --ops or --rebuild."),
            };
            i++;
        }
        if (options.Copies is < 1 or > 19_899) throw new ArgumentException("--copies must be 1..19,899 (the synthetic names are distinct below 20,000, and 100 more per seed are added).");
        if (options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromMinutes(5)) throw new ArgumentException("--duration must be 1..300 s.");
        if (options.Clients is < 1 or > 1024) throw new ArgumentException("--clients must be 1..1024.");
        return options;
    }
}
