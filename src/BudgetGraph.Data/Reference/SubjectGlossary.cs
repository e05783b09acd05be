using System.Text.Json;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Reference;

/// <summary>
/// The subject catalogue (embedded Reference/subjects.json): English names of classification codes for presentation
/// only — the Chinese name a disclosure prints stays the authoritative label. Covers every 类, 款 and 项 code and every
/// economic code of the seeds and of the other template family (a test keeps it so); unknown codes get null. Each
/// English name says where it comes from (<see cref="EnglishNameSource"/>); sources: Reference/README.md.
/// </summary>
public sealed class SubjectGlossary
{
    private readonly Dictionary<(Classification, string), SubjectReferenceEntry> _entries;

    private SubjectGlossary(Dictionary<(Classification, string), SubjectReferenceEntry> entries, IReadOnlyDictionary<string, string> references)
    {
        _entries = entries;
        References = references;
    }

    public static SubjectGlossary Shipped { get; } = Load();

    /// <summary>The published sources an entry's <see cref="SubjectReferenceEntry.References"/> name, by key.</summary>
    public IReadOnlyDictionary<string, string> References { get; }

    public SubjectReferenceEntry? Find(Classification classification, string code) =>
        _entries.GetValueOrDefault((classification, code));

    public string? EnglishName(Classification classification, string code) => Find(classification, code)?.NameEn;

    public EnglishNameSource? EnglishNameSourceOf(Classification classification, string code) => Find(classification, code)?.Source;

    public int Count => _entries.Count;

    public IEnumerable<(Classification Classification, SubjectReferenceEntry Entry)> Entries =>
        _entries.Select(e => (e.Key.Item1, e.Value));

    private static SubjectGlossary Load()
    {
        using var stream = ReferenceResources.Open("subjects.json");
        using var json = JsonDocument.Parse(stream);
        var references = json.RootElement.GetProperty("references").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var entries = new Dictionary<(Classification, string), SubjectReferenceEntry>();
        foreach (var (property, classification) in new[] { ("functional", Classification.Functional), ("economic", Classification.Economic) })
            foreach (var e in json.RootElement.GetProperty(property).EnumerateArray())
            {
                var source = Enum.Parse<EnglishNameSource>(e.GetProperty("source").GetString()!, ignoreCase: true);
                IReadOnlyList<string> cited = e.TryGetProperty("references", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                if (source == EnglishNameSource.Published && (cited.Count == 0 || cited.Any(c => !references.ContainsKey(c))))
                    throw new InvalidOperationException($"subjects.json: {e.GetProperty("code")} is marked published without a known reference.");
                var entry = new SubjectReferenceEntry(e.GetProperty("code").GetString()!, e.GetProperty("name").GetString()!,
                    e.GetProperty("nameEn").GetString()!, source, cited);
                if (!entries.TryAdd((classification, entry.Code), entry))
                    throw new InvalidOperationException($"subjects.json: {classification} code {entry.Code} is listed twice.");
            }
        return new SubjectGlossary(entries, references);
    }
}
