namespace BudgetGraph.Data.Entities;

/// <summary>
/// A performance indicator of a project card (<see cref="ProjectId"/> set) or of the overall goal
/// (<see cref="ProjectId"/> null). Weight and numeric target are stored fixed-point (see <see cref="FixedPoint"/>).
/// </summary>
public class Indicator
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }
    public int Ordinal { get; set; }
    /// <summary>The indicator's own (leaf) name, without a "产出-数量-" prefix.</summary>
    public string Name { get; set; } = "";
    /// <summary>The name cell exactly as printed (with its level prefix, if any); null when not recorded.</summary>
    public string? RawName { get; set; }
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Level3 { get; set; }
    public long? Weight { get; set; }
    public string? UnitOfMeasure { get; set; }
    /// <summary>Normalised operator: one of ≥ ≤ = &gt; &lt; or 定性 (qualitative).</summary>
    public string? Operator { get; set; }
    /// <summary>The operator as printed (full-width, wrapped …), for provenance.</summary>
    public string? OperatorRaw { get; set; }
    public long? NumericTarget { get; set; }
    public string? TextTarget { get; set; }
    public bool? IsCore { get; set; }
    /// <summary>Denormalised for cross-budget filters.</summary>
    public int UnitId { get; set; }
    public int FiscalYear { get; set; }
    /// <summary>The unit's district (<see cref="Unit.DistrictName"/>), denormalised: a district's indicators in key order
    /// are one range of its index, where through the units' keys they were one seek per unit. Kept equal when a unit
    /// moves (Import/CarriedDistricts).</summary>
    public string? DistrictName { get; set; }
    /// <summary>Its card's category (<see cref="Project.Category"/>), denormalised: the indicators of one category's cards
    /// are one range of its index, counted on the value counts, where through the cards they were one seek per card (the
    /// 20,002 一般性项目 cards at 50,005 disclosures). Null for an overall-goal indicator and for a card without a category.
    /// Written with the card (a card's category changes only with its document, whose rows are all written again).</summary>
    public string? ProjectCategory { get; set; }
    public int SourceLine { get; set; }
}
