using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

internal static class GraphTypeExtensions
{
    /// <summary>The named type inside list/non-null wrappers.</summary>
    public static IGraphType GetNamedType(this IGraphType type) => type switch
    {
        NonNullGraphType n => n.ResolvedType!.GetNamedType(),
        ListGraphType l => l.ResolvedType!.GetNamedType(),
        _ => type,
    };

    /// <summary>Whether the type is a list, nullable or not (<c>[T]</c>, <c>[T!]!</c> …).</summary>
    public static bool IsList(this IGraphType type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    /// <summary>The node type of a connection type (the type of its <c>nodes</c> field).</summary>
    public static IGraphType ConnectionNodeType(this IGraphType connection) =>
        ((IComplexGraphType)connection.GetNamedType()).GetField("nodes")!.ResolvedType!.GetNamedType();
}
