using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.GraphQL.Plans;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>Runs a document with the plan allowed or not, as the HTTP endpoint would, and returns the exact JSON text.</summary>
internal static class PlanTestRunner
{
    public sealed record Run(string Json, string? Outcome, int Commands, IReadOnlyList<string> CommandTexts);

    /// <param name="document">The parsed document to reuse, as the HTTP endpoint's parsed-document cache does (plans and
    /// cached commands are kept with it); null parses <paramref name="query"/> afresh.</param>
    public static async Task<Run> ExecuteAsync(BudgetGraphFixture fixture, string query, string? variablesJson, bool plan,
        GraphQLParser.AST.GraphQLDocument? document = null)
    {
        using var scope = fixture.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<BudgetSchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var userContext = new Dictionary<string, object?>();
        if (!plan) userContext[PlanExecutionStrategy.DisableKey] = true;
        fixture.Sql.Clear();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = scope.ServiceProvider,
            UserContext = userContext,
        });
        var commands = fixture.Sql.Commands;
        return new Run(serializer.Serialize(result), userContext.GetValueOrDefault(PlanExecutionStrategy.OutcomeKey) as string,
            commands.Count, commands);
    }
}
