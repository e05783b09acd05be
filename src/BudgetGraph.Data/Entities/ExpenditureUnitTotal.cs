using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// The level totals (<see cref="ExpenditureLevelTotal"/>) of every budget of one unit, summed at import
/// (<see cref="Import.ExpenditureUnitTotals"/>, in the document's transaction): one row per table, level and unit, so a
/// page of <c>expenditureAggregate(by: UNIT)</c> over every budget reads as many rows as it shows, in slug order or
/// by sum (top spenders), from an index. Derived data: recomputed from the unit's level totals whenever one of its
/// budgets is stored or replaced; a bulk load computes every unit once at its end.
/// </summary>
public class ExpenditureUnitTotal
{
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    public int UnitId { get; set; }
    /// <summary>The unit's slug (denormalised: a slug is the unit's identity and never changes), the aggregate's key.</summary>
    public string Slug { get; set; } = "";
    /// <summary>Sum of the line totals, a missing total counting as 0 (stored fixed-point, see <see cref="FixedPoint"/>).</summary>
    public long Sum { get; set; }
    /// <summary>How many lines.</summary>
    public int Count { get; set; }
    /// <summary>The least line total (null when no line has one).</summary>
    public long? Min { get; set; }
    /// <summary>The greatest line total (null when no line has one).</summary>
    public long? Max { get; set; }
}
