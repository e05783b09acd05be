using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tests;

/// <summary>The five seed disclosures, each read and parsed once for a whole test class.</summary>
public sealed class SeedDocuments
{
    public const string Nanping = "nanping-2024.txt";
    public const string Shandong = "shandong-2024.txt";
    public const string Ciqikou = "ciqikou-2024.txt";
    public const string Chaoyang = "chaoyang-2023.txt";
    public const string Jiangbeicheng = "jiangbeicheng-2025.txt";

    public static readonly string[] All = [Nanping, Shandong, Ciqikou, Chaoyang, Jiangbeicheng];

    private readonly Dictionary<string, Disclosure> _parsed;

    public SeedDocuments()
    {
        Folder = RepositoryPaths.Seeds;
        _parsed = All.ToDictionary(name => name, name => DisclosureParser.ParseFile(Path.Combine(Folder, name)));
    }

    public string Folder { get; }

    public Disclosure this[string name] => _parsed[name];

    public byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}

/// <summary>Small lookups that keep the assertions readable.</summary>
internal static class DisclosureLookups
{
    public static FunctionalExpenditureTable Functional(this Disclosure d, FunctionalTableKind kind) =>
        d.FunctionalTables.Single(t => t.Kind == kind);

    public static FunctionalSubjectRow Subject(this FunctionalExpenditureTable table, string code) =>
        table.Rows.Single(r => r.Code == code);

    public static BudgetSummaryTable Summary(this Disclosure d, SummaryTableKind kind) =>
        d.SummaryTables.Single(t => t.Kind == kind);

    public static SummaryLine Line(this BudgetSummaryTable table, SummarySide side, string label) =>
        table.Lines.Single(l => l.Side == side && l.Label == label);
}
