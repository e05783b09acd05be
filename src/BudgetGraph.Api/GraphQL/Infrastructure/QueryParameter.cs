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

    private static readonly MethodInfo EfParameter = typeof(Microsoft.EntityFrameworkCore.EF).GetMethod(nameof(Microsoft.EntityFrameworkCore.EF.Parameter))!
        .MakeGenericMethod(typeof(TValue));

    /// <summary>
    /// A list value (of <c>in</c>/<c>nin</c>) sent as ONE parameter (JSON; <c>json_each</c>/<c>OPENJSON</c> in SQL) rather
    /// than one SQL parameter per item: binding thousands of named parameters costs time quadratic in their number,
    /// and SQL Server allows only 2,100 of them.
    /// </summary>
    public static Expression Collection(TValue values) => Expression.Call(EfParameter, Of(values));
}
