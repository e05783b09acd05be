using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Whether a value of the document reads a variable (at any depth of lists and input objects): what the document
/// text alone decides about a field (its plan's arguments, its cached command, its complexity) stops there.
/// </summary>
internal static class VariableUse
{
    /// <summary>Whether any argument's value reads a variable; none for no arguments.</summary>
    public static bool In(GraphQLArguments? arguments) => arguments is not null && arguments.Items.Any(a => In(a.Value));

    /// <summary>Whether <paramref name="value"/> is a variable or contains one.</summary>
    public static bool In(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(In) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => In(f.Value)) == true,
        _ => false,
    };
}
