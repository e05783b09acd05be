namespace BudgetGraph.Data.Entities;

/// <summary>
/// A table of a disclosure (its <see cref="BudgetGraph.Parsing.Model.TableKind"/>: the parser's vocabulary, stored by name), the provenance anchor of every imported row: title, number (表N), lines,
/// whether it was only partly preserved, and the remark under it (an empty table's "no data" note is a fact too).
/// </summary>
public class DisclosedTable
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public TableKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? TableNumber { get; set; }
    public int StartLine { get; set; }
    public int EndLine { get; set; }
    public int RowCount { get; set; }
    public bool IsPartial { get; set; }
    public string? Remark { get; set; }
    /// <summary>
    /// The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (a parser note states the
    /// unit assumed). Stored amounts are always 万元, converted exactly from this unit.
    /// </summary>
    public string? PrintedUnit { get; set; }
}
