using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// The lines of one subject code (one table and level) across every budget, summed at import
/// (<see cref="Import.ExpenditureSubjectTotals"/>, in the document's transaction): one row per table, level and code,
/// so <c>expenditureAggregate(by: SUBJECT)</c> over every budget reads one row per subject instead of every line.
/// Derived data: a new budget's lines are added to their codes' rows; a replaced budget's codes are summed again from
/// the lines that stay; a bulk load sums every code once at its end.
/// </summary>
public class ExpenditureSubjectTotal
{
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    /// <summary>The subject code (科目编码) as printed on the lines.</summary>
    public string Code { get; set; } = "";
    /// <summary>The greatest of the lines' names (what the aggregate has always shown as the label: MAX(Name)).</summary>
    public string Label { get; set; } = "";
    /// <summary>Sum of the line totals, a missing total counting as 0 (stored fixed-point, see <see cref="FixedPoint"/>).</summary>
    public long Sum { get; set; }
    /// <summary>How many lines.</summary>
    public int Count { get; set; }
    /// <summary>The least line total (null when no line has one).</summary>
    public long? Min { get; set; }
    /// <summary>The greatest line total (null when no line has one).</summary>
    public long? Max { get; set; }
}
