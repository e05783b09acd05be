using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>Continuations on parked results (the GraphQL.DataLoader package's <c>Then</c>, which is not available here).</summary>
internal static class DataLoaderResultExtensions
{
    public static IDataLoaderResult Then<T>(this IDataLoaderResult result, Func<T, object?> map) => new Mapped(result, v => map((T)v!));

    private sealed class Mapped(IDataLoaderResult inner, Func<object?, object?> map) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));
    }
}
