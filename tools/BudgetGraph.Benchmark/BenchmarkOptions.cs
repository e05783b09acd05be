using System.Globalization;

namespace BudgetGraph.Benchmark;

/// <summary>
/// Command-line options: <c>--duration</c> and <c>--warmup</c> in seconds, <c>--clients</c>, <c>--url</c> (a running
/// service instead of starting one), <c>--query</c> (drive this one query instead of the four, to diagnose).
/// </summary>
public sealed record BenchmarkOptions(TimeSpan Duration, TimeSpan WarmUp, int Clients, string? Url, string? Query = null)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), 32, null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--clients" => options with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--url" => options with { Url = value },
                "--query" => options with { Query = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --duration, --warmup, --clients, --url or --query."),
            };
            i++;
        }
        // Bounded: the benchmark always stops by itself.
        if (options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromMinutes(5)) throw new ArgumentException("--duration must be 1..300 s.");
        if (options.Clients is < 1 or > 1024) throw new ArgumentException("--clients must be 1..1024.");
        return options;
    }
}
