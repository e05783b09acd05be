namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many rows a large table holds (<see cref="Import.RowCounts"/>: kept by the importer in each document's transaction,
/// summed again at a bulk load's end), so that the <c>totalCount</c> of an unfiltered connection over it (every
/// indicator: 252,252 at 5,005 disclosures) reads one row instead of counting every index entry. A table without a row
/// here is counted.
/// </summary>
public class RowCount
{
    /// <summary>The table's name, e.g. <c>Indicators</c>.</summary>
    public string Name { get; set; } = "";
    public long Count { get; set; }
}
