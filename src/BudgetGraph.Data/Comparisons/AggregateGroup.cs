namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// A group of an expenditure aggregate while it is still SQL (member-initialised, so an order on any of its columns
/// translates); <see cref="ExpenditureAggregator.Query"/> projects it to <see cref="AggregateRow"/> after the order.
/// </summary>
internal sealed class AggregateGroup
{
    public string Key { get; init; } = "";
    /// <summary>The fiscal year of a group by year (its key in order as a number); 0 for the other dimensions.</summary>
    public int Year { get; init; }
    public string Label { get; init; } = "";
    public long Sum { get; init; }
    public int Count { get; init; }
    public long? Min { get; init; }
    public long? Max { get; init; }
}
