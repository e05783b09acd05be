namespace BudgetGraph.Data.Import;

/// <summary>The outcome of importing several documents: one result per document and a summary.</summary>
public sealed record ImportRunReport(IReadOnlyList<DocumentImportResult> Documents)
{
    public int Count(ImportStatus status) => Documents.Count(d => d.Status == status);

    public bool AllSucceeded => Documents.All(d => d.Succeeded);

    /// <summary>
    /// Whether a budget was added or replaced. A new budget may be the prior year of another (or have one), so
    /// cross-document checks (<see cref="Comparisons.CrossYearReconciliation"/>) must run again.
    /// </summary>
    public bool ChangedData => Documents.Any(d => d.Status is ImportStatus.Imported or ImportStatus.Replaced or ImportStatus.ReadAgain
        or ImportStatus.ReadAgainSame);

    public string Summary =>
        $"{Documents.Count} documents: {Count(ImportStatus.Imported)} imported, {Count(ImportStatus.Replaced)} replaced, " +
        (Count(ImportStatus.ReadAgain) + Count(ImportStatus.ReadAgainSame) is > 0 and var readAgain
            ? $"{readAgain} read again (imported by an older loader: {Count(ImportStatus.ReadAgain)} replaced, {Count(ImportStatus.ReadAgainSame)} the same), "
            : "") +
        $"{Count(ImportStatus.Unchanged)} unchanged, " + (Count(ImportStatus.Kept) > 0 ? $"{Count(ImportStatus.Kept)} kept (imported later from elsewhere), " : "") +
        $"{Count(ImportStatus.Failed)} failed; " +
        $"{Documents.Sum(d => d.Findings)} findings recorded.";
}
