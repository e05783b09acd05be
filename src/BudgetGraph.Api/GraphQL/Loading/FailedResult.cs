using GraphQL;
using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>A list item that failed before it could be batched (e.g. a malformed ID); it reports its error when awaited.</summary>
internal sealed class FailedResult(ExecutionError error) : IDataLoaderResult
{
    public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromException<object?>(error);
}
