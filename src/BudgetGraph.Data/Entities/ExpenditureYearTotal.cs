using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// The level totals (<see cref="ExpenditureLevelTotal"/>) of every budget of one fiscal year, summed at import
/// (<see cref="Import.ExpenditureYearTotals"/>, in the document's transaction): one row per table, level and year, so
/// <c>expenditureAggregate(by: YEAR)</c> over every budget reads a row per year instead of one per budget. Derived
/// data: recomputed from the level totals of that year whenever a budget of the year is stored or replaced.
/// </summary>
public class ExpenditureYearTotal
{
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    /// <summary>The budgets' fiscal year (<see cref="Budget.FiscalYear"/>).</summary>
    public int FiscalYear { get; set; }
    /// <summary>Sum of the line totals, a missing total counting as 0 (stored fixed-point, see <see cref="FixedPoint"/>).</summary>
    public long Sum { get; set; }
    /// <summary>How many lines.</summary>
    public int Count { get; set; }
    /// <summary>The least line total (null when no line has one).</summary>
    public long? Min { get; set; }
    /// <summary>The greatest line total (null when no line has one).</summary>
    public long? Max { get; set; }
}
