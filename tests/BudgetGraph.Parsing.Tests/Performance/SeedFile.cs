using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tests.Performance;

/// <summary>Reads a seed text from the repository's <c>seeds/</c> folder as 1-based numbered lines.</summary>
public static class SeedFile
{
    public const string Nanping = "nanping-2024.txt";
    public const string Shandong = "shandong-2024.txt";
    public const string Ciqikou = "ciqikou-2024.txt";
    public const string Chaoyang = "chaoyang-2023.txt";
    public const string Jiangbeicheng = "jiangbeicheng-2025.txt";

    public static IReadOnlyList<SourceLine> Lines(string fileName) =>
        ToLines(File.ReadAllText(RepositoryPaths.Seed(fileName)));

    /// <summary>The lines the parser reads: split, numbered from 1, page furniture emptied (SourceLines.Read).</summary>
    public static IReadOnlyList<SourceLine> ToLines(string text) =>
        SourceLines.Read(text);
}
