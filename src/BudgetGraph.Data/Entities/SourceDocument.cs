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
    public DateTimeOffset ImportedAt { get; set; }
    public Budget? Budget { get; set; }
}
