using GraphQL;
using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A list whose items are parked batch results (e.g. <c>nodes(ids:)</c>): the first item's completion runs the batch,
/// the rest read from memory. An item that fails becomes null and its error is reported with its index in the path.
/// </summary>
internal sealed class ListResult(IResolveFieldContext context, IReadOnlyList<IDataLoaderResult> items, bool skipMissing)
    : IDataLoaderResult
{
    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                var value = await items[i].GetResultAsync(cancellationToken);
                if (value is not null || !skipMissing) list.Add(value);
            }
            catch (ExecutionError error)
            {
                error.Path = [.. context.Path, i];
                context.Errors.Add(error);
                list.Add(null);
            }
        }
        return list;
    }
}
