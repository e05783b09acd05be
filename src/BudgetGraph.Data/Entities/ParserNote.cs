namespace BudgetGraph.Data.Entities;

/// <summary>
/// Something the parser noticed in a disclosure and worked around — a table fragment without its header, a district
/// inferred from the text — kept with the budget so readers see every assumption behind the figures.
/// </summary>
public class ParserNote
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    /// <summary>1-based line of the disclosure (0: the document as a whole).</summary>
    public int Line { get; set; }
    public string Message { get; set; } = "";
}
