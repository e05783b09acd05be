using GraphQL;
using GraphQL.Builders;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>Declares a relation resolved by a batch (<see cref="BatchedRelation"/>).</summary>
internal static class BatchedRelationFields
{
    /// <summary>
    /// Resolves the field by <paramref name="batch"/>(context).<see cref="IKeyedBatch{TKey}.Load"/>(<paramref name="key"/>(source))
    /// — null when the key is null — and records both for plans.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveBatched<TSource>(this FieldBuilder<TSource, object> field,
        Func<TSource, int?> key, Func<IResolveFieldContext, IKeyedBatch<int>> batch)
    {
        field.Resolve(c => key(c.Source) is { } k ? batch(c).Load(k) : null);
        field.FieldType.Metadata[BatchedRelation.MetadataKey] = new BatchedRelation(source => key((TSource)source), batch);
        return field;
    }
}
