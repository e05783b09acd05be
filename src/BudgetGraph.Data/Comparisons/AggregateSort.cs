namespace BudgetGraph.Data.Comparisons;

/// <summary>One key of an aggregate's order; a list of them is applied in order, then the group's key ascending.</summary>
public sealed record AggregateSort(AggregateSortField Field, bool Descending);
