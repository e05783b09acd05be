namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>Every row of a root connection, read page by page through its cursors, forwards or backwards.</summary>
internal static class ConnectionPages
{
    /// <summary>
    /// The rows (each node's JSON) of <c>list(arguments)</c> in list order, by pages of <paramref name="pageSize"/>:
    /// first/after from the start, or last/before from the end; and the <c>totalCount</c> each page gave.
    /// </summary>
    public static async Task<(List<string> Rows, List<int> TotalCounts)> AllAsync(BudgetGraphFixture fixture, string list,
        string arguments, string fields, bool backwards, int pageSize = 7)
    {
        var rows = new List<string>();
        var totalCounts = new List<int>();
        string? cursor = null;
        var separator = arguments.Length == 0 ? "" : ", ";
        do
        {
            var paging = backwards
                ? $"last: {pageSize}{(cursor is null ? "" : $", before: \"{cursor}\"")}"
                : $"first: {pageSize}{(cursor is null ? "" : $", after: \"{cursor}\"")}";
            var data = await fixture.DataAsync($"{{ {list}({arguments}{separator}{paging}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {fields} }} }} }}");
            var connection = data.GetProperty(list);
            totalCounts.Add(connection.GetProperty("totalCount").GetInt32());
            var nodes = connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetRawText()).ToList();
            var pageInfo = connection.GetProperty("pageInfo");
            if (backwards)
            {
                rows.InsertRange(0, nodes);
                cursor = pageInfo.GetProperty("hasPreviousPage").GetBoolean() ? pageInfo.GetProperty("startCursor").GetString() : null;
            }
            else
            {
                rows.AddRange(nodes);
                cursor = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
            }
        } while (cursor is not null);
        return (rows, totalCounts);
    }
}
