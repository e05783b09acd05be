using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>An edge of a connection (<c>cursor</c>, <c>node</c>), named after its field (<c>UnitsEdge</c>).</summary>
public abstract class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string name, string chineseTerm)
    {
        Name = name;
        Description = $"An edge in a connection of {chineseTerm} (连接中的一条).";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("A cursor for use in pagination (游标).")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item at the end of the edge (条目).")
            .Resolve(c => c.Source.Node);
    }
}
