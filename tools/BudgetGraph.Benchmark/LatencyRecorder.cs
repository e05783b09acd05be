using System.Diagnostics;

namespace BudgetGraph.Benchmark;

/// <summary>Latencies of one client (no locking: each client has its own, merged at the end).</summary>
public sealed class LatencyRecorder
{
    private readonly List<long> ticks = new(capacity: 100_000);

    public int Errors { get; private set; }
    public string? FirstError { get; private set; }

    public void Record(long elapsedTicks) => ticks.Add(elapsedTicks);

    public void RecordError(string description)
    {
        Errors++;
        FirstError ??= description;
    }

    public static BenchmarkResult Merge(string name, TimeSpan duration, IReadOnlyCollection<LatencyRecorder> clients)
    {
        var all = clients.SelectMany(c => c.ticks).ToArray();
        Array.Sort(all);
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[(int)Math.Min(all.Length - 1, Math.Ceiling(p * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        return new BenchmarkResult(name, all.Length, all.Length / duration.TotalSeconds, Percentile(0.50), Percentile(0.99),
            clients.Sum(c => c.Errors), clients.Select(c => c.FirstError).FirstOrDefault(e => e is not null));
    }
}
