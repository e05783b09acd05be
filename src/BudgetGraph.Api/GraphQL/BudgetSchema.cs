using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL;

/// <summary>The BudgetGraph schema. (Placeholder with one field until the schema work lands.)</summary>
public sealed class BudgetSchema : Schema
{
    public BudgetSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "Entry points." };
        query.Field<StringGraphType>("apiVersion").Description("Version of the API.").Resolve(_ => "0");
        Query = query;
    }
}
