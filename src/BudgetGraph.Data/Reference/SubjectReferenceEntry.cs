namespace BudgetGraph.Data.Reference;

/// <summary>
/// One code of the subject catalogue (Reference/subjects.json): the official Chinese name as the seed disclosures print
/// it, its English name and where that English comes from; <paramref name="References"/> are the keys of the published
/// sources (the file's <c>references</c>) when <paramref name="Source"/> is <see cref="EnglishNameSource.Published"/>.
/// </summary>
public sealed record SubjectReferenceEntry(string Code, string Name, string NameEn, EnglishNameSource Source, IReadOnlyList<string> References);
