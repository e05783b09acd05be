using System.Runtime.CompilerServices;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// Plans by operation: the parsed document is cached by its text (<c>ParsedDocumentCache</c>, persisted documents
/// included), so its operation node identifies (document text, operation name); the plan lives as long as the node.
/// </summary>
internal static class PlanCache
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, Entry> Plans = new();

    public static (PlanSelection? Plan, string? Reason) For(ExecutionContext context)
    {
        if (Plans.TryGetValue(context.Operation, out var entry)) return (entry.Plan, entry.Reason);
        var (plan, reason) = PlanBuilder.Build(context);
        Plans.AddOrUpdate(context.Operation, new Entry(plan, reason));
        return (plan, reason);
    }

    private sealed record Entry(PlanSelection? Plan, string? Reason);
}
