using BudgetGraph.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

internal static class ResolveContextExtensions
{
    /// <summary>
    /// The request's contexts: every resolver/batch uses its own short-lived context, all on the request's one read
    /// snapshot (<see cref="Loading.RequestDatabase"/>); the pooled factory only outside an execution.
    /// </summary>
    public static IDbContextFactory<BudgetDbContext> DbFactory(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Loading.RequestDatabase.UserContextKey, out var database) && database is Loading.RequestDatabase request
            ? request
            : ((BudgetSchema)context.Schema).DbContextFactory;

    public static GraphQLOptions Limits(this IResolveFieldContext context) => ((BudgetSchema)context.Schema).Options;

    public static object? RawArgument(this IResolveFieldContext context, string name) =>
        context.Arguments is { } args && args.TryGetValue(name, out var value) ? value.Value : null;
}
