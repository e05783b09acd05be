using GraphQL;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Reads which fields a query selects below the current field: through aliases, inline fragments, named fragments
/// and <c>@skip</c>/<c>@include</c>. Used to project only the selected columns and to count only when asked.
/// </summary>
internal static class SelectionReader
{
    /// <summary>Names of the fields selected on the value the current field returns.</summary>
    public static HashSet<string> SelectedFields(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, context.FieldAst.SelectionSet, names);
        return names;
    }

    /// <summary>Names of the fields selected on a connection's nodes (via <c>nodes</c> and <c>edges { node }</c>).</summary>
    public static HashSet<string> SelectedNodeFields(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var nodes in Children(context, context.FieldAst.SelectionSet, "nodes"))
            Collect(context, nodes.SelectionSet, names);
        foreach (var edges in Children(context, context.FieldAst.SelectionSet, "edges"))
            foreach (var node in Children(context, edges.SelectionSet, "node"))
                Collect(context, node.SelectionSet, names);
        return names;
    }

    public static bool Selects(IResolveFieldContext context, string fieldName) =>
        Children(context, context.FieldAst.SelectionSet, fieldName).Any();

    private static IEnumerable<GraphQLField> Children(IResolveFieldContext context, GraphQLSelectionSet? set, string name)
    {
        if (set is null) yield break;
        foreach (var selection in set.Selections)
        {
            if (!IsIncluded(context, selection)) continue;
            switch (selection)
            {
                case GraphQLField field when field.Name.StringValue == name:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Children(context, inline.SelectionSet, name)) yield return f;
                    break;
                case GraphQLFragmentSpread spread when Fragment(context, spread) is { } fragment:
                    foreach (var f in Children(context, fragment.SelectionSet, name)) yield return f;
                    break;
            }
        }
    }

    // Each field by its name, and the fields selected on it as `name.subfield`: an object that is its parent's row
    // itself (a budget's `totals`, ColumnMetadata.ReadsSelectedFields) reads the columns of those fields only.
    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? set, HashSet<string> names, string? parent = null)
    {
        if (set is null) return;
        foreach (var selection in set.Selections)
        {
            if (!IsIncluded(context, selection)) continue;
            switch (selection)
            {
                case GraphQLField field when parent is not null:
                    names.Add(parent + field.Name.StringValue);
                    break;
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    Collect(context, field.SelectionSet, names, field.Name.StringValue + ".");
                    break;
                case GraphQLInlineFragment inline:
                    Collect(context, inline.SelectionSet, names, parent);
                    break;
                case GraphQLFragmentSpread spread when Fragment(context, spread) is { } fragment:
                    Collect(context, fragment.SelectionSet, names, parent);
                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext context, GraphQLFragmentSpread spread) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);

    private static bool IsIncluded(IResolveFieldContext context, ASTNode selection)
    {
        if (selection is not IHasDirectivesNode { Directives: { } directives }) return true;
        foreach (var directive in directives)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include")) continue;
            var condition = directive.Arguments?.FirstOrDefault(a => a.Name == "if")?.Value;
            var value = condition switch
            {
                GraphQLBooleanValue b => b.BoolValue,
                GraphQLVariable v => context.Variables.ValueFor(v.Name.StringValue, out var arg) && arg.Value is true,
                _ => false,
            };
            if (name == "skip" && value) return false;
            if (name == "include" && !value) return false;
        }
        return true;
    }
}
