namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// Which columns <see cref="CrossUnitComparer.UnrankedQuery"/> reads to choose a page: the fewer, the fewer rows it
/// reads besides the lines' covering index (the page's rows are read whole afterwards).
/// </summary>
public enum ComparisonPageColumns
{
    /// <summary>Every column (an order by basic, project or share).</summary>
    Whole,
    /// <summary>The index's (line, budget, unit, year, code, total) and the unit's slug and short name; the others empty.</summary>
    IndexAndUnit,
    /// <summary>The index's alone (slug and short name empty too).</summary>
    Index,
}
