using BudgetGraph.Api.Operations;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BudgetSchema"/> (a singleton built once), its graph types, System.Text.Json serialization,
    /// the limits of the "GraphQL" configuration section (<see cref="GraphQLOptions"/>, validated at start: a bad
    /// value stops the start with a message) — depth, complexity (introspection costed), fields, aliases, list lengths,
    /// execution timeout — one read snapshot per request, and the executers (<c>IDocumentExecuter</c>,
    /// <c>IDocumentExecuter&lt;BudgetSchema&gt;</c>). Needs <c>AddBudgetDatabase</c> (the DbContext factory).
    /// </summary>
    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GraphQLOptions>(configuration, GraphQLOptions.SectionName);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<GraphQLOptions>>().Value);
        // Read once more here for what the builder needs at registration (ValidateOnStart checks the same values).
        var options = configuration.GetSection(GraphQLOptions.SectionName).Get<GraphQLOptions>() ?? new GraphQLOptions();
        Loading.CachedCommands.Enabled = options.FastPath;
        services.AddSingleton<Loading.RequestDbContextPool>();
        services.AddGraphQL(b => b
            .AddSchema<BudgetSchema>()
            .AddGraphTypes(typeof(BudgetSchema).Assembly)
            // Chinese text is written as UTF-8, not as \uXXXX escapes (journalists read raw responses too), unless
            // GraphQL:EscapeNonAscii says otherwise. HTML-sensitive characters (<, >, &, ') are escaped either way.
            .AddSystemTextJson(json =>
            {
                json.Encoder = options.EscapeNonAscii ? JavaScriptEncoder.Default : JavaScriptEncoder.Create(UnicodeRanges.All);
                // Answers executed by a plan are written straight to the response (Plans/).
                json.Converters.Add(new Plans.PlanResultJsonConverter());
            })
            // Batch loaders park results and complete them one after another: no two queries share state. Plain
            // projections run by a cached plan, everything else by the general serial executor (Plans/).
            .AddExecutionStrategy<Plans.PlanExecutionStrategy>(OperationType.Query)
            // One read snapshot per request: all its SQL sees the same state, whatever an import commits meanwhile.
            .ConfigureExecution<Loading.RequestDatabaseExecution>()
            // The core rules, with "Did you mean 'nodes { unitSlug }'?" for a field asked of a page that its rows have
            // (set before the rules added below, which append to it).
            .ConfigureExecutionOptions(o => o.ValidationRules ??= PagedFieldHintRule.CoreRules)
            .AddValidationRule(new RequestShapeRule(options), useForCachedDocuments: true)
            .AddComplexityAnalyzer((c, provider) =>
            {
                var limits = provider.GetRequiredService<GraphQLOptions>();
                c.MaxDepth = limits.MaxDepth;
                c.MaxComplexity = limits.MaxComplexity;
                var dataFields = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field => IntrospectionComplexity.Of(field) ?? dataFields(field);
            })
            // Cancels the execution token — which every SQL command receives — and answers with the code TIMEOUT.
            .WithTimeout(options.ExecutionTimeout)
            // Unexpected failures: logged with a correlation id, reported without internals.
            .AddUnhandledExceptionHandler(InternalErrors.HandleAsync)
            // ExposeData: errors carry their arguments in extensions.data (e.g. the unknown slugs of a NOT_FOUND).
            .AddErrorInfoProvider((o, provider) =>
            {
                o.ExposeExceptionDetails = provider.GetRequiredService<GraphQLOptions>().ExposeExceptionDetails;
                o.ExposeData = true;
            }));
        // In place of GraphQL.NET's document builder: a document nested too deeply is a syntax error, not an internal one.
        services.Replace(ServiceDescriptor.Singleton<IDocumentBuilder, SyntaxErrorDocumentBuilder>());
        return services;
    }
}
