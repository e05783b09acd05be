namespace BudgetGraph.Benchmark;

/// <summary>Figures of one query: successful requests, their rate, and latency percentiles in milliseconds.</summary>
public sealed record BenchmarkResult(string Name, int Requests, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds,
    int Errors, string? FirstError)
{
    /// <summary>The size of the query's answer body (the checked request's), in bytes; 0 when not measured.</summary>
    public int AnswerBytes { get; init; }

    /// <summary>
    /// The JSON objects under the checked answer's <c>data</c> (each unit, budget, project, indicator, … once): how much
    /// the answer holds, whatever its names and numbers weigh in bytes; 0 when not measured.
    /// </summary>
    public int AnswerObjects { get; init; }
}
