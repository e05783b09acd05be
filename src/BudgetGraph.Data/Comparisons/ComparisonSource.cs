namespace BudgetGraph.Data.Comparisons;

/// <summary>Where a prior-year figure comes from.</summary>
public enum ComparisonSource
{
    /// <summary>Derived from the narrative's own statement (this year's amount minus the stated change).</summary>
    Narrative,
    /// <summary>Read from the unit's disclosure of the previous year, held in the dataset.</summary>
    Disclosure,
    /// <summary>No prior-year figure exists in the dataset; nothing is invented.</summary>
    None,
}
