namespace BudgetGraph.Benchmark;

/// <summary>Figures of one query: successful requests, their rate, and latency percentiles in milliseconds.</summary>
public sealed record BenchmarkResult(string Name, int Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds,
    int Errors, string? FirstError)
{
    /// <summary>The size of the query's answer body (the checked request's), in bytes; 0 when not measured.</summary>
    public int AnswerBytes { get; init; }
}
