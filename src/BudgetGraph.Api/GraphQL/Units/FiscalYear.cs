namespace BudgetGraph.Api.GraphQL.Units;

/// <summary>A fiscal year and the ids of the units with a budget for it.</summary>
public sealed record FiscalYear(int Year, IReadOnlyList<int> UnitIds);
