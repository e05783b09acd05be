namespace BudgetGraph.Data.Entities;

/// <summary>An imported disclosure file. Re-importing the same bytes (same SHA-256) changes nothing.</summary>
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
    public Budget? Budget { get; set; }
}
