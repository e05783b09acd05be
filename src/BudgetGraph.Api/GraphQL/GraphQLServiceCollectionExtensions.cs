using System.ComponentModel.DataAnnotations;
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
    /// the limits of the "GraphQL" configuration section (<see cref="GraphQLOptions"/>, validated here: a bad value
    /// stops the start with a message) — depth, complexity (introspection costed), fields, aliases, list lengths,
    /// execution timeout — one read snapshot per request, and the executers (<c>IDocumentExecuter</c>,
    /// <c>IDocumentExecuter&lt;BudgetSchema&gt;</c>). Needs <c>AddBudgetDatabase</c> (the DbContext factory).
    /// </summary>
    public static IServiceCollection AddBudgetGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphQLOptions.SectionName).Get<GraphQLOptions>() ?? new GraphQLOptions();
        Validate(options);
        services.AddSingleton(options);
        services.AddGraphQL(b => b
            .AddSchema<BudgetSchema>()
            .AddGraphTypes(typeof(BudgetSchema).Assembly)
            // Chinese text is written as UTF-8, not as \uXXXX escapes: journalists read raw responses too.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Batch loaders park results and complete them one after another: no two queries share state.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // One read snapshot per request: all its SQL sees the same state, whatever an import commits meanwhile.
            .ConfigureExecution<Loading.RequestDatabaseExecution>()
            .AddValidationRule(new RequestShapeRule(options), useForCachedDocuments: true)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
                var dataFields = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field => IntrospectionComplexity.Of(field) ?? dataFields(field);
            })
            // Cancels the execution token — which every SQL command receives — and answers with the code TIMEOUT.
            .WithTimeout(options.ExecutionTimeout)
            // Unexpected failures: logged with a correlation id, reported without internals.
            .AddUnhandledExceptionHandler(InternalErrors.HandleAsync)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = options.ExposeExceptionDetails));
        return services;
    }

    private static void Validate(GraphQLOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)) return;
        throw new OptionsValidationException(GraphQLOptions.SectionName, typeof(GraphQLOptions),
            results.Select(r => $"{GraphQLOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
