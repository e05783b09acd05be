namespace BudgetGraph.Data.Entities;

/// <summary>
/// Something in a disclosure that does not add up, recorded as published: never silently corrected, never a
/// reason to reject the document. <see cref="Expected"/> and <see cref="Actual"/> are stored fixed-point.
/// </summary>
public class DataQualityFinding
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    /// <summary>Stable rule code, e.g. "PARENT_NE_SUM_OF_CHILDREN", "TABLE2_NE_TABLE8".</summary>
    public string Rule { get; set; } = "";
    /// <summary>The table the finding is about, as titled in the document.</summary>
    public string? Table { get; set; }
    /// <summary>The row (subject code or label) the finding is about.</summary>
    public string? Row { get; set; }
    public int? SourceLine { get; set; }
    public long? Expected { get; set; }
    public long? Actual { get; set; }
    public string Message { get; set; } = "";
}
