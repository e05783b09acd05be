namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// The rows a page reads of its sorted query: <paramref name="Offset"/> skipped, at most <paramref name="Limit"/> read
/// (one more than the page's size when <see cref="Paging"/> asks whether a next page exists). <paramref name="FromEnd"/>:
/// of the query in the reverse order (<see cref="ReversedOrder"/>), the offset counted from the list's end.
/// </summary>
internal readonly record struct PageWindow(int Offset, int Limit, bool FromEnd = false)
{
    /// <summary>The window as a name, e.g. for a cached command's key: <c>page:offset:limit</c> (<c>page-from-end:…</c>).</summary>
    public string Name => $"{(FromEnd ? "page-from-end" : "page")}:{Offset}:{Limit}";
}
