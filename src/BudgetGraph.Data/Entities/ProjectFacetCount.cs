namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many project cards hold one combination of year, category, core mark and district (<see cref="Import.FacetCounts.Projects"/>),
/// with bounds of their keys, as <see cref="IndicatorFacetCount"/> keeps the indicators': a filter of those columns
/// alone, however combined, is counted on these rows and paged from their keys' bounds (the cards of 2024 with a core
/// indicator at 50,005 disclosures: 150 ms counted over one index, its rows looked up to test the other; 南岸区's cards of
/// 2024: 8.9 ms over the district's 70,007 index entries).
/// </summary>
public class ProjectFacetCount
{
    public int Id { get; set; }

    /// <summary>The fiscal year (<see cref="Project.FiscalYear"/>).</summary>
    public int FiscalYear { get; set; }

    /// <summary>The category (<see cref="Project.Category"/>).</summary>
    public string? Category { get; set; }

    /// <summary>Whether the cards have a core indicator (<see cref="Project.HasCoreIndicator"/>).</summary>
    public bool HasCoreIndicator { get; set; }

    /// <summary>The district the cards carry from their unit (<see cref="Project.DistrictName"/>): a short list (a
    /// province's districts), so the combinations stay few.</summary>
    public string? DistrictName { get; set; }

    /// <summary>How many cards hold this combination (0 once all of them are gone).</summary>
    public long Count { get; set; }

    /// <summary>At most the key of the first card that holds it (<see cref="IndicatorFacetCount.FirstId"/>).</summary>
    public int FirstId { get; set; }

    /// <summary>At least the key of the last card that holds it (<see cref="IndicatorFacetCount.LastId"/>).</summary>
    public int LastId { get; set; }
}
