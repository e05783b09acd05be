namespace BudgetGraph.Data.Entities;

/// <summary>
/// An imported disclosure file. Re-importing the same bytes (same SHA-256) changes nothing, unless an older loader read
/// them (<see cref="LoaderRevision"/>): then they are read again.
/// </summary>
public class SourceDocument
{
    public int Id { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; set; } = "";
    public string EncodingName { get; set; } = "";
    public int LineCount { get; set; }
    /// <summary>When it was imported (the rule of which import wins: see <c>Import.ImportPolicy</c>).</summary>
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Full path of the file it was imported from; null when imported from bytes without a file.</summary>
    public string? SourcePath { get; set; }
    /// <summary>
    /// Which loader read it (<see cref="Import.LoaderRevision.Current"/> when it was imported); 0 for documents imported
    /// before revisions were recorded.
    /// </summary>
    public int LoaderRevision { get; set; }
    /// <summary>
    /// Lower-case hex SHA-256 of what the loader read from the file: every row its budget was stored with
    /// (<see cref="Import.Bulk.ReadingDigest"/>). A later loader that reads the same bytes the same way only records its
    /// revision instead of replacing the budget. Null for documents stored before the digest was recorded: read again,
    /// they are replaced.
    /// </summary>
    public string? ReadingSha256 { get; set; }
    public Budget? Budget { get; set; }
}
