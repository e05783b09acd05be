using GraphQL;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A relation field whose resolver is exactly "the parent's key, then the field's batch" (declared with
/// <see cref="BatchedRelationFields.ResolveBatched{TSource}"/>): a plan (<c>PlanRunner</c>) reads the keys of all
/// parents of a level and loads them at once — the same batch, the same one query — instead of calling the resolver
/// with a resolve context and parking a result per parent row. The resolver stays the field's definition for the
/// general executor.
/// </summary>
internal sealed class BatchedRelation(Func<object, int?> key, Func<IResolveFieldContext, IKeyedBatch<int>> batch)
{
    /// <summary>Metadata key of a field's <see cref="BatchedRelation"/>.</summary>
    public const string MetadataKey = "budgetgraph:batched-relation";

    /// <summary>The parent's key; null when the parent has none (the field's value is then null).</summary>
    public Func<object, int?> Key { get; } = key;

    /// <summary>The field's batch of the current request (made by the first call, as the resolver's).</summary>
    public Func<IResolveFieldContext, IKeyedBatch<int>> Batch { get; } = batch;
}
