using BudgetGraph.Api.Operations;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

public static class HttpServiceCollectionExtensions
{
    /// <summary>Registers the GraphQL-over-HTTP endpoint, its options ("GraphQLHttp" section) and the start-up import of seeds/ ("Seeds" section).</summary>
    public static IServiceCollection AddBudgetGraphHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GraphQLHttpOptions>(configuration, GraphQLHttpOptions.SectionName);
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphQLHttpResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataVersion>();
        services.AddSingleton<ResponseCache>();
        // Brotli, then gzip (the middleware's default providers, at their fastest level: answers are compressed live).
        // Over HTTPS too: no answer carries a secret for a BREACH-style attack to find (GraphQLHttpOptions.CompressResponses).
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = ResponseContentCoding.CompressibleMediaTypes;
        });
        services.AddSingleton<ResponseContentCoding>();
        services.AddTransient<IStartupFilter, ResponseCompressionStartupFilter>();
        services.AddSingleton(sp => new ExecutionGate(sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxConcurrentExecutions));
        services.AddValidatedOptions<PersistedDocumentOptions>(configuration, PersistedDocumentOptions.SectionName);
        services.AddSingleton<PersistedDocumentStore>();
        services.AddSingleton<PersistedDocumentEndpoint>();
        // GraphQL.NET's persisted-document handler (documentId → query) in front of execution; plain queries stay allowed.
        // Then the cache of parsed documents, so repeated queries skip parsing.
        var documentCache = new ParsedDocumentCache(configuration.GetSection(GraphQLHttpOptions.SectionName)
            .GetValue(nameof(GraphQLHttpOptions.ParsedDocumentCacheBytes), new GraphQLHttpOptions().ParsedDocumentCacheBytes));
        services.AddSingleton(documentCache);
        services.AddGraphQL(b => b
            .UsePersistedDocuments(options =>
            {
                options.AllowOnlyPersistedDocuments = false;
                options.GetQueryDelegate = (execution, prefix, payload) =>
                    execution.RequestServices!.GetRequiredService<PersistedDocumentStore>().GetQueryAsync(prefix, payload, execution.CancellationToken);
            })
            .ConfigureExecution(documentCache));
        // GraphQL.NET's validator, keeping the result of a validated operation without variables (its arguments).
        services.AddSingleton<IDocumentValidator, CachingDocumentValidator>();
        services.AddValidatedOptions<SeedOptions>(configuration, SeedOptions.SectionName);
        services.AddSingleton<IStartupSeedImporter, SeedFolderStartupImporter>();
        services.AddHostedService<StartupSeedImportService>();
        // After the seed import, before Kestrel listens: the first requests run on optimized code (WarmUpService).
        services.AddHostedService<WarmUpService>();
        return services;
    }
}
