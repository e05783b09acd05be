using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// The level totals (<see cref="ExpenditureLevelTotal"/>) of every budget of one district's units, summed at import
/// (<see cref="Import.ExpenditureDistrictTotals"/>, in the document's transaction): one row per table, level and
/// district, so <c>expenditureAggregate(by: DISTRICT)</c> over every budget reads a row per district instead of one
/// per budget. Derived data: recomputed from the level totals whenever a budget of the district is stored or replaced
/// and when a unit moves to another district.
/// </summary>
public class ExpenditureDistrictTotal
{
    public FunctionalTableKind TableKind { get; set; }
    public SubjectLevel Level { get; set; }
    /// <summary>The units' district as the aggregate groups it: <see cref="Unit.DistrictName"/>, "" for none.</summary>
    public string DistrictName { get; set; } = "";
    /// <summary>Sum of the line totals, a missing total counting as 0 (stored fixed-point, see <see cref="FixedPoint"/>).</summary>
    public long Sum { get; set; }
    /// <summary>How many lines.</summary>
    public int Count { get; set; }
    /// <summary>The least line total (null when no line has one).</summary>
    public long? Min { get; set; }
    /// <summary>The greatest line total (null when no line has one).</summary>
    public long? Max { get; set; }
    /// <summary>
    /// How many of the district's units have lines of this table and level (each unit is in one district, so these
    /// sum, over the districts, to the number of <see cref="ExpenditureUnitTotal"/> rows of the table and level): the
    /// <c>totalCount</c> of <c>expenditureAggregate(by: UNIT)</c> over every budget reads a row per district instead
    /// of counting every unit's totals (issue 8 session 9: 6,003 index entries at 10,005 disclosures).
    /// </summary>
    public int Units { get; set; }
}
