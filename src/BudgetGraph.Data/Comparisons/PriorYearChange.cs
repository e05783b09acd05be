using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// One "this year vs last year" row of a budget, stored fixed-point (see <see cref="Entities.FixedPoint"/>).
/// From the narrative: prior = current − change. When the dataset also holds the previous year's disclosure,
/// <see cref="DisclosedPriorAmount"/> carries its figure and <see cref="AgreesWithDisclosure"/> says whether the
/// narrative matches it.
/// </summary>
public sealed record PriorYearChange
{
    public required int BudgetId { get; init; }
    public required NarrativeMetric Metric { get; init; }
    public required string Label { get; init; }
    public long? CurrentAmount { get; init; }
    public long? Change { get; init; }
    public long? PriorAmount { get; init; }
    public decimal? PercentChange { get; init; }
    public int? ComparedYear { get; init; }
    public string? Reason { get; init; }
    public required string Sentence { get; init; }
    public int SourceLine { get; init; }
    public required ComparisonSource Source { get; init; }
    public long? DisclosedPriorAmount { get; init; }
    public bool? AgreesWithDisclosure { get; init; }
}
