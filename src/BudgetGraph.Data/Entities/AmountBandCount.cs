namespace BudgetGraph.Data.Entities;

/// <summary>
/// How many rows of one year hold an amount of one of the counted amount columns within one band of amounts
/// (<see cref="Import.AmountBands"/>: kept by the importer in each document's transaction, counted again at a bulk
/// load's end). Amounts are nearly all different, so counting each value would keep a row per row; a band — the amounts
/// that agree in their first two digits, e.g. 4,800 to 4,899.999999 万元 — holds about one in a hundred of a decade's
/// amounts. The <c>totalCount</c> of a range of amounts (budgets of 2024 above 1,000 万元) sums the bands wholly inside
/// it and counts the rows only in the band its bound falls in, instead of reading one index entry per match.
/// </summary>
public class AmountBandCount
{
    public int Id { get; set; }

    /// <summary>The table and column, e.g. <c>Budgets.ExpenditureTotal</c> (<see cref="Import.AmountBands.Key"/>).</summary>
    public string Column { get; set; } = "";

    /// <summary>The fiscal year of the rows counted.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The band's least stored amount (<see cref="Import.AmountBands.BandOf"/>; −1 for every amount below zero);
    /// null for the rows whose amount is null.</summary>
    public long? Band { get; set; }

    public long Count { get; set; }
}
