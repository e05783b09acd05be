using BudgetGraph.Parsing.Narrative;
using BudgetGraph.Parsing.Tests.Performance;

namespace BudgetGraph.Parsing.Tests.Narrative;

/// <summary>Class fixture: the narratives of the three full disclosures, each parsed once with its labelled year.</summary>
public sealed class NarrativeSeeds
{
    public NarrativeResult Nanping { get; } = NarrativeParser.Parse(SeedFile.Lines(SeedFile.Nanping), 2024);
    public NarrativeResult Chaoyang { get; } = NarrativeParser.Parse(SeedFile.Lines(SeedFile.Chaoyang), 2023);
    public NarrativeResult Jiangbeicheng { get; } = NarrativeParser.Parse(SeedFile.Lines(SeedFile.Jiangbeicheng), 2025);
}
