using System.Linq.Expressions;
using System.Reflection;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Wraps a filter value so that EF Core sends it as a SQL parameter (a member of a captured object) instead of
/// inlining a literal: one cached query plan serves every value.
/// </summary>
internal sealed class QueryParameter<TValue>(TValue value)
{
    private static readonly PropertyInfo ValueProperty = typeof(QueryParameter<TValue>).GetProperty(nameof(Value))!;

    public TValue Value { get; } = value;

    public static Expression Of(TValue value) =>
        Expression.Property(Expression.Constant(new QueryParameter<TValue>(value)), ValueProperty);
}
