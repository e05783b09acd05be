using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// HotChocolate's comparable operators (<c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c>) as expressions on a
/// member of type <c>TValue</c> or <c>TValue?</c>. Values go in as SQL parameters (see <see cref="QueryParameter{T}"/>).
/// </summary>
internal static class ComparableOperations
{
    /// <param name="restate">Gives the operation and value to use in place of each given one, e.g. a bound beyond
    /// what the column holds as the same condition on the column's limit (<see cref="FixedPointBounds"/>).</param>
    public static Expression Build<TValue>(Expression member, object? operations, Func<object, TValue> convert,
        Func<string, object?, (string Operation, object? Value)>? restate = null)
        where TValue : struct
    {
        Expression result = Expression.Constant(true);
        if (operations is not IDictionary<string, object?> ops) return result;
        foreach (var (given, givenValue) in ops)
        {
            var (op, raw) = restate is null ? (given, givenValue) : restate(given, givenValue);
            var part = op switch
            {
                "eq" => Equal(member, raw, convert),
                "neq" => Expression.Not(Equal(member, raw, convert)),
                "in" => In(member, raw, convert),
                "nin" => Expression.Not(In(member, raw, convert)),
                "gt" => Compare(member, raw, convert, Expression.GreaterThan),
                "ngt" => Expression.Not(Compare(member, raw, convert, Expression.GreaterThan)),
                "gte" => Compare(member, raw, convert, Expression.GreaterThanOrEqual),
                "ngte" => Expression.Not(Compare(member, raw, convert, Expression.GreaterThanOrEqual)),
                "lt" => Compare(member, raw, convert, Expression.LessThan),
                "nlt" => Expression.Not(Compare(member, raw, convert, Expression.LessThan)),
                "lte" => Compare(member, raw, convert, Expression.LessThanOrEqual),
                "nlte" => Expression.Not(Compare(member, raw, convert, Expression.LessThanOrEqual)),
                _ => throw new InvalidOperationException($"Unknown filter operation '{op}'."),
            };
            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static Expression Equal<TValue>(Expression member, object? raw, Func<object, TValue> convert) where TValue : struct =>
        raw is null
            ? Nullable.GetUnderlyingType(member.Type) is null
                ? Expression.Constant(false)
                : Expression.Equal(member, Expression.Constant(null, member.Type))
            : Expression.Equal(member, Value(member, convert(raw)));

    private static Expression Compare<TValue>(Expression member, object? raw, Func<object, TValue> convert,
        Func<Expression, Expression, BinaryExpression> compare) where TValue : struct =>
        raw is null ? Expression.Constant(false) : compare(member, Value(member, convert(raw)));

    private static Expression In<TValue>(Expression member, object? raw, Func<object, TValue> convert) where TValue : struct
    {
        var items = (raw as IEnumerable ?? Array.Empty<object>()).Cast<object?>();
        if (member.Type == typeof(TValue))
        {
            var values = items.Where(i => i is not null).Select(i => convert(i!)).ToArray();
            return Expression.Call(Contains<TValue>.Method, QueryParameter<TValue[]>.Collection(values), member);
        }
        var nullable = items.Select(i => i is null ? (TValue?)null : convert(i)).ToArray();
        return Expression.Call(Contains<TValue?>.Method, QueryParameter<TValue?[]>.Collection(nullable), member);
    }

    private static Expression Value<TValue>(Expression member, TValue value) where TValue : struct
    {
        var parameter = QueryParameter<TValue>.Of(value);
        return member.Type == typeof(TValue) ? parameter : Expression.Convert(parameter, member.Type);
    }

    private static class Contains<TItem>
    {
        public static readonly MethodInfo Method = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TItem));
    }
}
