namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many rows of a large table hold one value of one of its counted columns — categories, years, weights and targets,
/// flags (<see cref="Import.ValueCounts"/>: kept
/// by the importer in each document's transaction, counted again at a bulk load's end), so that the <c>totalCount</c>
/// of a filter on that column alone (the 178,178 indicators whose operator is ≥ at 5,005 disclosures) sums the counts of
/// the values that pass the same filter instead of counting every matching index entry. Null is a value with its own row.
/// </summary>
public class ValueCount
{
    public int Id { get; set; }

    /// <summary>The table and column, e.g. <c>Indicators.Operator</c> (<see cref="Import.ValueCounts.Key"/>).</summary>
    public string Column { get; set; } = "";

    /// <summary>
    /// For a column counted in each district (<see cref="Import.ValueCounts.InDistricts"/>, its key
    /// <see cref="Import.ValueCounts.DistrictKey"/>): the district whose rows hold the value. Null for a count over the
    /// whole table.
    /// </summary>
    public string? DistrictName { get; set; }

    /// <summary>The value as stored in a text column; null for the rows where it is null, and for a number column.</summary>
    public string? Value { get; set; }

    /// <summary>The value as stored in a number column (a fiscal year; a weight or target as its fixed-point integer); null
    /// for the rows where it is null, and for other columns. For a text column counted in each year
    /// (<see cref="Import.ValueCounts.Beside"/>, e.g. <c>Projects.Department@Year</c>): the year whose rows hold
    /// <see cref="Value"/>.</summary>
    public long? Number { get; set; }

    /// <summary>The value as stored in a yes/no column (a core indicator); null for the rows where it is null, and for other
    /// columns. For a text column counted beside a yes/no column (<see cref="Import.ValueCounts.Beside"/>, e.g.
    /// <c>Projects.Department@Core</c>): the mark of the rows that hold <see cref="Value"/>.</summary>
    public bool? Flag { get; set; }

    public long Count { get; set; }
}
