using GraphQL;

namespace BudgetGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema and its executer. (Placeholder until the schema work lands.)</summary>
    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQL(b => b.AddSchema<BudgetSchema>().AddSystemTextJson());
        return services;
    }
}
