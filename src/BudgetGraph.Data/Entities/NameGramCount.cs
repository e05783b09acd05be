namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many rows of <see cref="NameGram"/> one gram of one kind has (the names of that kind containing it): kept with
/// the gram rows (<see cref="Import.NameGramWriter"/>, the bulk load's <see cref="Import.Bulk.BulkNameGrams"/>,
/// <see cref="Search.NameGramSql.Counts"/> for a whole database), so the number of names containing a one-gram pattern
/// (e.g. the <c>totalCount</c> of indicators named with 满意) and the planner's choice of the rarest gram read one row,
/// not every gram row. A gram with no row has none.
/// </summary>
public class NameGramCount
{
    public NameGramKind Kind { get; set; }
    /// <summary>Two adjacent CJK ideographs (U+4E00–U+9FFF), as in <see cref="NameGram.Gram"/>.</summary>
    public string Gram { get; set; } = "";
    /// <summary>The number of gram rows (names) of this kind and gram; rows reaching 0 are deleted.</summary>
    public int Count { get; set; }
}
