namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>The <c>data</c> of an operation executed by a plan (<see cref="PlanExecutionStrategy"/>).</summary>
internal sealed class PlanResult(PlanObject root)
{
    public PlanObject Root { get; } = root;
}
