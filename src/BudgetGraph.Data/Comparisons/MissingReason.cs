namespace BudgetGraph.Data.Comparisons;

/// <summary>Why a unit in scope of a cross-unit question contributes no row.</summary>
public enum MissingReason
{
    /// <summary>The unit has no budget (disclosure) for the year asked (or for any year).</summary>
    NoBudgetForYear,
    /// <summary>The disclosure has no functional subject table of the kind asked (e.g. only performance tables).</summary>
    NoFunctionalTable,
    /// <summary>The table exists but has no line of the subjects / level asked.</summary>
    NoMatchingSubject,
    /// <summary>The disclosure has no performance indicator matching the term.</summary>
    NoMatchingIndicator,
}
