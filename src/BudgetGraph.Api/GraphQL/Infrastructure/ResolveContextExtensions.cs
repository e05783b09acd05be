using BudgetGraph.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

internal static class ResolveContextExtensions
{
    /// <summary>The pooled context factory: every resolver/batch uses its own short-lived context (no shared DbContext).</summary>
    public static IDbContextFactory<BudgetDbContext> DbFactory(this IResolveFieldContext context) =>
        ((BudgetSchema)context.Schema).DbContextFactory;

    public static GraphQLOptions Limits(this IResolveFieldContext context) => ((BudgetSchema)context.Schema).Options;

    public static object? RawArgument(this IResolveFieldContext context, string name) =>
        context.Arguments is { } args && args.TryGetValue(name, out var value) ? value.Value : null;
}
