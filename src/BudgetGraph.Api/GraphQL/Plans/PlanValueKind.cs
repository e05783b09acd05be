namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>What a <see cref="PlanField"/> returns.</summary>
internal enum PlanValueKind
{
    /// <summary><c>__typename</c>: the parent's type name.</summary>
    TypeName,
    /// <summary>A scalar or enum, serialized by its graph type.</summary>
    Leaf,
    /// <summary>A list of scalars or enums.</summary>
    LeafList,
    /// <summary>An object with a selection.</summary>
    Object,
    /// <summary>A list of objects with a selection.</summary>
    ObjectList,
}
