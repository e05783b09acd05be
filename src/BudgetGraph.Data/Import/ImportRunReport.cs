namespace BudgetGraph.Data.Import;

/// <summary>The outcome of importing several documents: one result per document and a summary.</summary>
public sealed record ImportRunReport(IReadOnlyList<DocumentImportResult> Documents)
{
    public int Count(ImportStatus status) => Documents.Count(d => d.Status == status);

    public bool AllSucceeded => Documents.All(d => d.Succeeded);

    public string Summary =>
        $"{Documents.Count} documents: {Count(ImportStatus.Imported)} imported, {Count(ImportStatus.Replaced)} replaced, " +
        $"{Count(ImportStatus.Unchanged)} unchanged, {Count(ImportStatus.Failed)} failed; " +
        $"{Documents.Sum(d => d.Findings)} findings recorded.";
}
