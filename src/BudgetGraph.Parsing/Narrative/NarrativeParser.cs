using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>STUB so the parser core compiles; replaced by the perf branch's implementation on merge.</summary>
public static class NarrativeParser
{
    public static NarrativeResult Parse(IReadOnlyList<SourceLine> lines, int fiscalYear) => new([], []);
}
