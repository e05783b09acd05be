using System.Collections.Concurrent;
using GraphQL;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request, kept in its user context. A loader is keyed by the query's field node (and a
/// name), so all parents resolving the same field with the same arguments share one batch.
/// </summary>
internal sealed class RequestBatches
{
    private const string Key = "BudgetGraph.RequestBatches";
    private readonly ConcurrentDictionary<(object, string), object> _loaders = new();

    public static RequestBatches For(IResolveFieldContext context)
    {
        lock (context.UserContext)
        {
            if (context.UserContext.TryGetValue(Key, out var existing) && existing is RequestBatches batches) return batches;
            var created = new RequestBatches();
            context.UserContext[Key] = created;
            return created;
        }
    }

    public TLoader GetOrAdd<TLoader>(object fieldNode, string name, Func<TLoader> create) where TLoader : class =>
        (TLoader)_loaders.GetOrAdd((fieldNode, name), _ => create());
}
