namespace BudgetGraph.Data.Comparisons;

/// <summary>What the groups of an expenditure aggregate can be ordered by.</summary>
public enum AggregateSortField
{
    /// <summary>The group's key (subject code, district name, year, unit slug).</summary>
    Key,
    /// <summary>The sum of the line totals.</summary>
    Sum,
    /// <summary>The number of lines.</summary>
    Count,
}
