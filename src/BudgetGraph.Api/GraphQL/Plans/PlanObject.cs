namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// One object of a plan's answer: the values of its selection's fields in response order — serialized scalars,
/// nested <see cref="PlanObject"/>s, <c>object?[]</c> lists or null — written by <see cref="PlanResultJsonConverter"/>;
/// <see cref="FromSource"/> for a field written from the row, and for an object (list) of a selection
/// <see cref="PlanSelection.FromSource"/> its row (the rows' list) itself.
/// </summary>
internal sealed class PlanObject(PlanSelection selection, object source)
{
    public PlanSelection Selection { get; } = selection;
    public object Source { get; } = source;
    public object?[] Values { get; } = new object?[selection.Fields.Count];

    /// <summary>The value of a field written straight from <see cref="Source"/> (<see cref="PlanField.Writer"/>).</summary>
    public static readonly object FromSource = new();
}
