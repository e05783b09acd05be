using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// One distinct line total of one subject code and fiscal year (one table and level), with how many stored lines have
/// it — maintained at import (<see cref="Import.ExpenditureTotalValues"/>, in the document's transaction), so a line's
/// dense rank (<c>compare</c>'s <c>rank</c>/<c>overallRank</c>: 1 + the distinct totals above it) counts distinct
/// values, not lines: at 5,005 disclosures the 1,001 equal totals of a subject's synthetic copies are one row. A
/// missing total is stored as 0, as the rank counts it. Derived data: a stored budget's lines are added to their
/// values' counts, a replaced budget's taken out (a value left without lines is deleted); a bulk load counts every
/// line once at its end.
/// </summary>
public class ExpenditureTotalValue
{
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    /// <summary>The subject code (科目编码) as printed on the lines.</summary>
    public string Code { get; set; } = "";
    /// <summary>The budgets' fiscal year (<see cref="Budget.FiscalYear"/>).</summary>
    public int FiscalYear { get; set; }
    /// <summary>The line total, a missing one as 0 (stored fixed-point, see <see cref="FixedPoint"/>).</summary>
    public long Value { get; set; }
    /// <summary>How many stored lines of this code and year have this total (always at least 1).</summary>
    public int LineCount { get; set; }
}
