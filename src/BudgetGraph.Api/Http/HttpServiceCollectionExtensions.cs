namespace BudgetGraph.Api.Http;

public static class HttpServiceCollectionExtensions
{
    /// <summary>Registers the GraphQL-over-HTTP endpoint, its options ("GraphQLHttp" section) and the start-up seed import.</summary>
    public static IServiceCollection AddBudgetGraphHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>().Bind(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddHostedService<StartupSeedImportService>();
        return services;
    }
}
