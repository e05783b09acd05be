namespace BudgetGraph.Benchmark;

/// <summary>One query the benchmark drives, named as the figures are reported.</summary>
public sealed record BenchmarkQuery(string Name, string Query)
{
    /// <summary>
    /// The four workloads users compare with PostGraphile (same data, same 2-core machine, 32 clients):
    /// about 3,200, 1,400, 1,100 and 650 req/s there.
    /// </summary>
    public static IReadOnlyList<BenchmarkQuery> All { get; } =
    [
        new("unit list",
            "{ units { nodes { id slug name shortName } } }"),
        new("one budget's subject lines",
            """{ budget(unitSlug: "nanping", year: 2024) { year expenditureLines { code name level parentCode total basic project } } }"""),
        new("20 largest projects + indicators",
            "{ projects(first: 20, order: [{ amount: DESC }]) { nodes { name amount indicators { name operator numericTarget textTarget unitOfMeasure } } } }"),
        new("units → budgets → projects → indicators",
            "{ units { nodes { name budgets { year projects { name amount indicators { name numericTarget unitOfMeasure } } } } } }"),
    ];
}
