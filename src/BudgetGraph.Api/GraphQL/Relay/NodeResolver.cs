using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Relay;

/// <summary>
/// Resolves global IDs for <c>node</c>/<c>nodes</c>: decodes "TypeName:rawId", then loads through the same batched
/// by-key queries as every other field (so <c>nodes</c> with many IDs runs one query per type).
/// </summary>
internal static class NodeResolver
{
    public static IDataLoaderResult Resolve(IResolveFieldContext context, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new QueryArgumentError(ErrorCodes.InvalidId, $"'{globalId}' is not a global ID (base64 of \"TypeName:id\").");
        var graphType = context.Schema.AllTypes[typeName]
            ?? throw new QueryArgumentError(ErrorCodes.InvalidId, $"'{globalId}' names the unknown type '{typeName}'.");
        var result = typeName switch
        {
            "Unit" => EntityQueries.ByKey(context, id, db => db.Units, x => x.Id, graphType, "Id"),
            "Budget" => EntityQueries.ByKey(context, id, db => db.Budgets, x => x.Id, graphType, "Id"),
            "Project" => EntityQueries.ByKey(context, id, db => db.Projects, x => x.Id, graphType, "Id"),
            "Indicator" => EntityQueries.ByKey(context, id, db => db.Indicators, x => x.Id, graphType, "Id"),
            "DataQualityFinding" => EntityQueries.ByKey(context, id, db => db.DataQualityFindings, x => x.Id, graphType, "Id"),
            "Subject" => EntityQueries.ByKey(context, id, db => db.Subjects, x => x.Id, graphType, "Id"),
            _ => throw new QueryArgumentError(ErrorCodes.InvalidId, $"'{globalId}' names the type '{typeName}', which is not a Node."),
        };
        return result.Then<object?>(node => node
            ?? throw UnknownEntityErrors.NotFound($"No {typeName} has the ID '{globalId}'.", "id", globalId));
    }
}
