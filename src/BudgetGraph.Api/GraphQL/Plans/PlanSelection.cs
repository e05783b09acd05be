using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// The fields selected on one object type, in response order. When every field is <c>__typename</c> or written
/// straight from the row (<see cref="PlanField.Writer"/>), <see cref="FromSource"/>: an object of it is its row
/// itself — no <see cref="PlanObject"/> — written by <c>PlanResultJsonConverter</c> with the fields' writers.
/// </summary>
internal sealed class PlanSelection(IObjectGraphType type, IReadOnlyList<PlanField> fields)
{
    public IObjectGraphType Type { get; } = type;
    public IReadOnlyList<PlanField> Fields { get; } = fields;
    /// <summary>Every field is <c>__typename</c> or has a <see cref="PlanField.Writer"/>.</summary>
    public bool FromSource { get; } = fields.All(f => f.Kind == PlanValueKind.TypeName || f.Writer is not null);
}
