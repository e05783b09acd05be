using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// The query execution strategy: operations that are plain projections run by their cached plan
/// (<see cref="PlanCache"/>, <see cref="PlanRunner"/>) and are written straight to JSON
/// (<see cref="PlanResultJsonConverter"/>); everything else — and any plan that meets an error, a null where none
/// may be, or a value of another shape — runs through the general serial executor, unchanged. Parsing, validation,
/// limits, variables, the timeout and the request's read snapshot come before either (GraphQL.NET's pipeline).
/// <c>GraphQL:FastPath=false</c> turns plans off.
/// </summary>
public sealed class PlanExecutionStrategy(GraphQLOptions options) : SerialExecutionStrategy
{
    /// <summary>User-context key: how the operation ran, "plan" or "fallback: reason" (for tests and diagnostics).</summary>
    public const string OutcomeKey = "BudgetGraph.Plan";

    /// <summary>User-context key: set to true to run this execution with the general executor and EF Core translating every query.</summary>
    public const string DisableKey = "BudgetGraph.Plan.Disabled";

    private const string BatchesKey = "BudgetGraph.RequestBatches";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        if (!options.FastPath || context.UserContext.TryGetValue(DisableKey, out var disabled) && disabled is true)
            return await base.ExecuteAsync(context);
        var (plan, reason) = PlanCache.For(context);
        if (plan is null) return await Fallback(context, reason!);

        var errors = context.Errors.Count;
        PlanObject root;
        try
        {
            root = await new PlanRunner(context).RunAsync(plan);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Errors (NOT_FOUND, a bad cursor, a failing command …) are the general executor's to report, with paths
            // and locations; the batch loaders start afresh. Both run on the request's one read snapshot.
            context.UserContext.Remove(BatchesKey);
            return await Fallback(context, e is PlanFallbackException ? e.Message : e.GetType().Name);
        }
        if (context.Errors.Count != errors) throw new InvalidOperationException("A plan's resolver reported an error without throwing.");
        context.UserContext[OutcomeKey] = "plan";
        return new ExecutionResult
        {
            Executed = true,
            Data = new PlanResult(root),
            Query = context.ExecutionOptions.Query,
            Document = context.Document,
            Operation = context.Operation,
            Extensions = context.OutputExtensions,
        };
    }

    private Task<ExecutionResult> Fallback(ExecutionContext context, string reason)
    {
        context.UserContext[OutcomeKey] = "fallback: " + reason;
        return base.ExecuteAsync(context);
    }
}
