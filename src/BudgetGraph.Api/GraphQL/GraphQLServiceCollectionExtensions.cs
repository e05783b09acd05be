using BudgetGraph.Api.Operations;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BudgetSchema"/> (a singleton built once), its graph types, System.Text.Json serialization,
    /// the depth/complexity limits of the "GraphQL" configuration section (<see cref="GraphQLOptions"/>), and the
    /// executers (<c>IDocumentExecuter</c>, <c>IDocumentExecuter&lt;BudgetSchema&gt;</c>). Needs
    /// <c>AddBudgetDatabase</c> (the DbContext factory).
    /// </summary>
    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GraphQLOptions>(configuration, GraphQLOptions.SectionName);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<GraphQLOptions>>().Value);
        services.AddGraphQL(b => b
            .AddSchema<BudgetSchema>()
            .AddGraphTypes(typeof(BudgetSchema).Assembly)
            // Chinese text is written as UTF-8, not as \uXXXX escapes: journalists read raw responses too.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Batch loaders park results and complete them one after another: no two queries share state.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((c, provider) =>
            {
                var options = provider.GetRequiredService<GraphQLOptions>();
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
            })
            // ExposeData: errors carry their arguments in extensions.data (e.g. the unknown slugs of a NOT_FOUND).
            .AddErrorInfoProvider((o, provider) =>
            {
                o.ExposeExceptionDetails = provider.GetRequiredService<GraphQLOptions>().ExposeExceptionDetails;
                o.ExposeData = true;
            }));
        return services;
    }
}
