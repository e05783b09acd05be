namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many indicators hold one combination of the categories an indicator is filtered by (year, levels, operator, core
/// mark, weight, card category, unit of measure, numeric and qualitative targets: <see cref="Import.FacetCounts.Indicators"/>, kept by the importer in
/// each document's transaction, counted again at a bulk load's end). Each property has the name and type of the <see cref="Indicator"/>
/// column it copies, so a filter of those columns alone — however combined (<c>and</c>, <c>or</c>, ranges, lists) —
/// passes a combination's row exactly when it passes its indicators, and its <c>totalCount</c> is the sum of the passing
/// rows' counts: a few hundred rows, where counting the indicators reads an index entry or a row per indicator (the core
/// indicators with an operator of ≥ at 50,005 disclosures: 165 ms). Null is a value like any other.
/// </summary>
/// <remarks>
/// The columns are those whose values an indicator takes from short, fixed lists, so the combinations stop growing once
/// the lists are used up (the five seeds: 190 combinations for 252 indicators, 156 without the targets, 84 without the
/// unit of measure too). The unit of measure is printed free, but a publisher's units repeat (the seeds: 34 for 252
/// indicators, 110 of them %), and a filter of it beside another of these columns (% and ≥) counted its rows (370 ms at
/// 50,005 disclosures). So do the targets (the seeds: 72 numeric and 9 qualitative ones), and with the unit of measure
/// and operator beside them they add few combinations (156 → 190), where a broad target beside a category read its
/// index range whole (≥ and 100 or more at 50,005 disclosures: 76 ms). On real data these columns' values are many more
/// than the seeds' (every combined count reads the passing combinations: 100,000 in 7 ms in the SQLite shell); the
/// SYNTHETIC corpus repeats the seeds', so it cannot tell how many (see BENCHMARK.md). The district
/// and the third level are left out: each multiplies the combinations, and a district's single column is counted per
/// district already (<see cref="ValueCount.DistrictName"/>).
/// </remarks>
public class IndicatorFacetCount
{
    public int Id { get; set; }

    /// <summary>The fiscal year (<see cref="Indicator.FiscalYear"/>).</summary>
    public int FiscalYear { get; set; }

    /// <summary>The first-level indicator (<see cref="Indicator.Level1"/>).</summary>
    public string? Level1 { get; set; }

    /// <summary>The second-level indicator (<see cref="Indicator.Level2"/>).</summary>
    public string? Level2 { get; set; }

    /// <summary>The comparison operator (<see cref="Indicator.Operator"/>).</summary>
    public string? Operator { get; set; }

    /// <summary>Whether the indicators are core ones (<see cref="Indicator.IsCore"/>).</summary>
    public bool? IsCore { get; set; }

    /// <summary>The weight as stored (<see cref="Indicator.Weight"/>).</summary>
    public long? Weight { get; set; }

    /// <summary>The card's category (<see cref="Indicator.ProjectCategory"/>).</summary>
    public string? ProjectCategory { get; set; }

    /// <summary>The unit of measure as printed (<see cref="Indicator.UnitOfMeasure"/>).</summary>
    public string? UnitOfMeasure { get; set; }

    /// <summary>The numeric target as stored (<see cref="Indicator.NumericTarget"/>).</summary>
    public long? NumericTarget { get; set; }

    /// <summary>The qualitative target as printed (<see cref="Indicator.TextTarget"/>).</summary>
    public string? TextTarget { get; set; }

    /// <summary>How many indicators hold this combination (0 once all of them are gone).</summary>
    public long Count { get; set; }

    /// <summary>
    /// At most the key of the first indicator that holds this combination: its key when counted whole (a bulk load, the
    /// audit's repair), and no more than it after. Keys are never given again (SQLite's AUTOINCREMENT, SQL Server's
    /// identity) and a new indicator's is above every stored one, so a document added lowers it only where its
    /// indicators are the combination's first, and one taken out (a replacement) leaves it as it was: still at most the
    /// first key of the indicators left. A page of a filter counted on the combinations starts there.
    /// </summary>
    public int FirstId { get; set; }

    /// <summary>At least the key of the last indicator that holds this combination (<see cref="FirstId"/>'s counterpart:
    /// raised by a document added, left by one taken out). A last page is read backwards from there.</summary>
    public int LastId { get; set; }
}
