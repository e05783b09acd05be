namespace BudgetGraph.Api.GraphQL.Sorting;

/// <summary>Direction of one sort key (the values of <c>SortEnumType</c>).</summary>
public enum SortDirection { Ascending, Descending }
