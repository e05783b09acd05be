namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// One object of a plan's answer: the values of its selection's fields in response order — serialized scalars,
/// nested <see cref="PlanObject"/>s, <c>object?[]</c> lists or null — written by <see cref="PlanResultJsonConverter"/>.
/// </summary>
internal sealed class PlanObject(PlanSelection selection, object source)
{
    public PlanSelection Selection { get; } = selection;
    public object Source { get; } = source;
    public object?[] Values { get; } = new object?[selection.Fields.Count];
}
