namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// Thrown inside a plan's execution when the answer would not be a plain projection (an error, a null in a non-null
/// field, a value of an unexpected shape): the general executor then executes the operation instead.
/// </summary>
internal sealed class PlanFallbackException(string reason) : Exception(reason);
