using GraphQL.Types.Relay.DataObjects;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>One page of a connection: its nodes with their cursors, page info, and the total when it was asked for.</summary>
public class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node!);
    public PageInfo PageInfo { get; } = pageInfo;
    public int? TotalCount { get; } = totalCount;
}
