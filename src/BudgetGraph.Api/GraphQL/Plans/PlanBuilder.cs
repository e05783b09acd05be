using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// Builds the plan of one operation, or says why there is none (the general executor then runs it). A plan covers
/// plain projections: the root fields in <see cref="RootFields"/>, and below them fields selected directly (no
/// fragments, no directives, no introspection but <c>__typename</c>, no interfaces or unions) that are leaves,
/// columns and relations declared with <c>.Reads(…)</c>, or the fields of connections, edges and page info.
/// </summary>
internal static class PlanBuilder
{
    /// <summary>Root fields whose resolvers are the shared entity queries (<c>EntityQueries</c>).</summary>
    public static readonly IReadOnlySet<string> RootFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "units", "unit", "budgets", "budget", "projects", "indicators", "dataQualityFindings",
    };

    public static (PlanSelection? Plan, string? Reason) Build(ExecutionContext context)
    {
        var operation = context.Operation;
        if (operation.Operation != OperationType.Query) return (null, "not a query");
        if (operation.Directives is { Count: > 0 }) return (null, "operation directives");
        if (context.Schema.Query is not { } query) return (null, "no query type");
        try
        {
            return (Selection(context, query, operation.SelectionSet, root: true), null);
        }
        catch (PlanFallbackException e)
        {
            return (null, e.Message);
        }
    }

    private static PlanSelection Selection(ExecutionContext context, IObjectGraphType type, GraphQLSelectionSet? set, bool root)
    {
        if (set is null || set.Selections.Count == 0) throw new PlanFallbackException($"no selection on {type.Name}");
        var fields = new List<PlanField>(set.Selections.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in set.Selections)
        {
            if (selection is not GraphQLField ast) throw new PlanFallbackException("fragments");
            if (ast.Directives is { Count: > 0 }) throw new PlanFallbackException("directives");
            var responseName = (ast.Alias?.Name ?? ast.Name).StringValue;
            if (!names.Add(responseName)) throw new PlanFallbackException($"response name {responseName} selected twice");
            var name = ast.Name.StringValue;
            if (name == "__typename")
            {
                fields.Add(new PlanField(responseName, ast, null, PlanValueKind.TypeName, true, false, null, null));
                continue;
            }
            if (name.StartsWith("__", StringComparison.Ordinal)) throw new PlanFallbackException("introspection");
            var definition = type.GetField(name) ?? throw new PlanFallbackException($"unknown field {type.Name}.{name}");
            if (root && !RootFields.Contains(name)) throw new PlanFallbackException($"root field {name}");
            fields.Add(Field(context, type, ast, definition, responseName));
        }
        return new PlanSelection(type, fields);
    }

    private static PlanField Field(ExecutionContext context, IObjectGraphType parent, GraphQLField ast, FieldType definition,
        string responseName)
    {
        var graphType = definition.ResolvedType ?? throw new PlanFallbackException("unresolved type");
        var nonNull = graphType is NonNullGraphType;
        if (graphType is NonNullGraphType outer) graphType = outer.ResolvedType!;
        var isList = false;
        var itemsNonNull = false;
        if (graphType is ListGraphType list)
        {
            isList = true;
            graphType = list.ResolvedType!;
            itemsNonNull = graphType is NonNullGraphType;
            if (graphType is NonNullGraphType inner) graphType = inner.ResolvedType!;
            if (graphType is ListGraphType) throw new PlanFallbackException("nested lists");
        }
        var constant = !VariableUse.In(ast.Arguments);
        PlanField field;
        switch (graphType)
        {
            case ScalarGraphType scalar:
                if (ast.SelectionSet is { Selections.Count: > 0 }) throw new PlanFallbackException("selection on a leaf");
                var readSource = isList || ast.Arguments is { Count: > 0 } ? null
                    : definition.GetMetadata<Func<object, object?>>(ColumnMetadata.SourceReaderKey);
                field = new PlanField(responseName, ast, definition, isList ? PlanValueKind.LeafList : PlanValueKind.Leaf,
                    nonNull, itemsNonNull, scalar, null)
                {
                    ArgumentsAreConstant = constant,
                    ReadSource = readSource,
                    Writer = readSource is null ? null : definition.GetMetadata<SourceWriter>(SourceWriter.MetadataKey),
                };
                break;
            case IObjectGraphType objectType:
                if (!IsPlainRelation(parent, definition))
                    throw new PlanFallbackException($"{parent.Name}.{definition.Name} is not a plain column or relation");
                field = new PlanField(responseName, ast, definition, isList ? PlanValueKind.ObjectList : PlanValueKind.Object,
                    nonNull, itemsNonNull, null, Selection(context, objectType, ast.SelectionSet, root: false))
                {
                    ArgumentsAreConstant = constant,
                    Batched = definition.GetMetadata<Loading.BatchedRelation>(Loading.BatchedRelation.MetadataKey),
                };
                break;
            default:
                throw new PlanFallbackException($"{graphType.Name} is an interface or union");
        }
        if (constant)
            field.ConstantArguments = ExecutionHelper.GetArguments(definition.Arguments, ast.Arguments, Variables.None,
                context.Document, ast, null);
        return field;
    }

    /// <summary>Relations and columns declared with <c>.Reads</c>, root entity queries, connection and edge fields.</summary>
    private static bool IsPlainRelation(IObjectGraphType parent, FieldType definition) =>
        definition.GetMetadata<string[]>(ColumnMetadata.Key) is not null
        || parent is PageInfoType
        || IsGenericSubclass(parent.GetType(), typeof(ConnectionGraphType<,,>))
        || IsGenericSubclass(parent.GetType(), typeof(EdgeGraphType<,>))
        || parent.Name == "Query" && RootFields.Contains(definition.Name);

    private static bool IsGenericSubclass(Type? type, Type generic)
    {
        for (; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == generic) return true;
        return false;
    }
}
