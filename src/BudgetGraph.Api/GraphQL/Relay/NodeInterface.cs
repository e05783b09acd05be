using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Relay;

/// <summary>Relay's <c>interface Node { id: ID! }</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID (全局可寻址对象), refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global ID: base64 of \"TypeName:rawId\" (全局标识).");
    }
}
