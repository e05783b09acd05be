namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// The rows a page reads of its sorted query: <paramref name="Offset"/> skipped, at most <paramref name="Limit"/> read
/// (one more than the page's size when <see cref="Paging"/> asks whether a next page exists).
/// </summary>
internal readonly record struct PageWindow(int Offset, int Limit)
{
    /// <summary>The window as a name, e.g. for a cached command's key: <c>page:offset:limit</c>.</summary>
    public string Name => $"page:{Offset}:{Limit}";
}
