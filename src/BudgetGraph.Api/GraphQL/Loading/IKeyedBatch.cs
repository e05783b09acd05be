using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A request's batch of one field (<see cref="BatchLoader{TKey,TValue}"/>): one parent's key at a time, as a resolver
/// asks, or the keys of all parents of a plan's level at once (<see cref="BatchedRelation"/>).
/// </summary>
public interface IKeyedBatch<TKey>
{
    /// <summary>Queues <paramref name="key"/>; the parked result's completion fetches every queued key in one query.</summary>
    IDataLoaderResult Load(TKey key);

    /// <summary>The value of each of <paramref name="keys"/>, in order, all queued keys fetched in one query.</summary>
    Task<object?[]> LoadManyAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
