namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// An indicator with its unit, year and card as the ordered join of <see cref="IndicatorComparer"/> reads it (raw SQL,
/// composed with LINQ): the columns of an <see cref="IndicatorComparisonRow"/> plus the card and position it is ordered by.
/// </summary>
public sealed class IndicatorLineUp
{
    public int IndicatorId { get; init; }
    public string UnitSlug { get; init; } = "";
    public string UnitShortName { get; init; } = "";
    /// <summary>The budget's year (equal to the indicator's, which is denormalised from it).</summary>
    public int Year { get; init; }
    public int? ProjectId { get; init; }
    public int Ordinal { get; init; }
    public string? ProjectName { get; init; }
    public string Name { get; init; } = "";
    public string? Operator { get; init; }
    public long? NumericTarget { get; init; }
    public string? TextTarget { get; init; }
    public string? UnitOfMeasure { get; init; }
    public bool? IsCore { get; init; }
}
