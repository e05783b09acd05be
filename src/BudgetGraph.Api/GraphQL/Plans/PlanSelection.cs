using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>The fields selected on one object type, in response order.</summary>
internal sealed class PlanSelection(IObjectGraphType type, IReadOnlyList<PlanField> fields)
{
    public IObjectGraphType Type { get; } = type;
    public IReadOnlyList<PlanField> Fields { get; } = fields;
}
