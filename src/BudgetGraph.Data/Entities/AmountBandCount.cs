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

    /// <summary>For a column counted beside the card's category too (<c>Projects.Amount@Category,HasCoreIndicator</c>,
    /// <see cref="Import.AmountBands.Columns"/>): the counted rows' category (项目分类), null also where they have none;
    /// null in every other column's rows.</summary>
    public string? Category { get; set; }

    /// <summary>For a column counted beside the card's core mark too: whether the counted rows have a core indicator;
    /// null in every other column's rows.</summary>
    public bool? HasCoreIndicator { get; set; }

    public long Count { get; set; }
}
