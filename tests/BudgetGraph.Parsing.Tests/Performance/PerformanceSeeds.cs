using BudgetGraph.Parsing.Performance;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Class fixture: the performance tables of every seed, each parsed once.</summary>
public sealed class PerformanceSeeds
{
    private readonly Dictionary<string, PerformanceResult> _results = new[]
        {
            SeedFile.Nanping, SeedFile.Shandong, SeedFile.Ciqikou, SeedFile.Chaoyang, SeedFile.Jiangbeicheng,
        }
        .ToDictionary(name => name, name => PerformanceParser.Parse(SeedFile.Lines(name), name));

    public PerformanceResult this[string fileName] => _results[fileName];
}
