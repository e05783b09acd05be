using GraphQL.Types;
using GraphQL.Types.Relay;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// A HotChocolate-shaped connection (<c>nodes</c>, <c>edges</c>, <c>pageInfo</c>, <c>totalCount: Int!</c>), named after
/// its field (<c>units</c> → <c>UnitsConnection</c>) by the concrete subclass.
/// </summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string name, string chineseTerm)
    {
        Name = name;
        Description = $"A page of {chineseTerm} with cursors (分页连接).";
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination (分页信息).")
            .Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeGraphType>>>("edges")
            .Description("The page's items with their cursors (带游标的条目).")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes")
            .Description("The page's items (条目).")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of items matching the filter across all pages (总数); counted only when selected.")
            .Resolve(c => c.Source.TotalCount ?? 0);
    }
}
