using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>STUB so the parser core compiles; replaced by the perf branch's implementation on merge.</summary>
public static class PerformanceParser
{
    public static PerformanceResult Parse(IReadOnlyList<SourceLine> lines) => new(null, [], [], null, 0, [], []);
}
