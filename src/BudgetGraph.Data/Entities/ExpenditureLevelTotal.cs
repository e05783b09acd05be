using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// The lines of one budget's functional table at one level (类, 款 or 项), summed at import
/// (<see cref="Import.ExpenditureLevelTotals"/>, in the document's transaction): sum, count, minimum and maximum of the
/// line totals, so aggregates by district, year and unit read one row per budget instead of its lines. Derived data:
/// written from the stored <see cref="ExpenditureLine"/> rows, deleted with the budget.
/// </summary>
public class ExpenditureLevelTotal
{
    public int BudgetId { get; set; }
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    /// <summary>The budget's unit (denormalised, as on the lines).</summary>
    public int UnitId { get; set; }
    /// <summary>The budget's fiscal year (denormalised).</summary>
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
