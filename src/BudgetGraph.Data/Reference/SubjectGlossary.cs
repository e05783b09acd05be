using System.Text.Json;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Reference;

/// <summary>
/// English names of classification codes (embedded Reference/subjects.json), for presentation only: the Chinese name
/// as published stays the authoritative label. Covers every 类 and 款 code of the seeds; unknown codes get null.
/// </summary>
public sealed class SubjectGlossary
{
    private readonly Dictionary<(Classification, string), string> _names;

    private SubjectGlossary(Dictionary<(Classification, string), string> names) => _names = names;

    public static SubjectGlossary Shipped { get; } = Load();

    public string? EnglishName(Classification classification, string code) =>
        _names.GetValueOrDefault((classification, code));

    public int Count => _names.Count;

    private static SubjectGlossary Load()
    {
        using var stream = ReferenceResources.Open("subjects.json");
        using var json = JsonDocument.Parse(stream);
        var names = new Dictionary<(Classification, string), string>();
        foreach (var (property, classification) in new[] { ("functional", Classification.Functional), ("economic", Classification.Economic) })
            foreach (var entry in json.RootElement.GetProperty(property).EnumerateArray())
                names[(classification, entry.GetProperty("code").GetString()!)] = entry.GetProperty("englishName").GetString()!;
        return new SubjectGlossary(names);
    }
}
