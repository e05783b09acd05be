namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>The rows of the kept values that pass a filter, those of null (<paramref name="OfNull"/>) apart from the others'.</summary>
public sealed record PassingCount(bool OfNull, long Count);
