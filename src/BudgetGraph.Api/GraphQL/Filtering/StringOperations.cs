using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// HotChocolate's string operators (<c>eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith</c>
/// plus <c>and</c>/<c>or</c>) as expressions EF Core translates to <c>=</c>, <c>IN</c> and <c>LIKE</c>/<c>instr</c> — on SQLite
/// <c>startsWith</c>/<c>endsWith</c> become a case-sensitive GLOB or index range (<see cref="CaseSensitiveAffixes"/>).
/// </summary>
internal static class StringOperations
{
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo InMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(string));

    /// <param name="preSelect">
    /// For a name with a gram index (<see cref="NameGramFilter"/>): the candidates' condition for a <c>contains</c>
    /// pattern (null when the pattern has no gram), ANDed before the predicate, which still decides.
    /// </param>
    /// <param name="preSelectPrefix">The same for a <c>startsWith</c> pattern.</param>
    public static Expression Build(Expression member, object? operations, Func<string, Expression?>? preSelect = null,
        Func<string, Expression?>? preSelectPrefix = null)
    {
        Expression result = Expression.Constant(true);
        if (operations is not IDictionary<string, object?> ops) return result;
        foreach (var (op, raw) in ops)
        {
            var part = op switch
            {
                "eq" => Expression.Equal(member, Value(raw)),
                "neq" => Expression.NotEqual(member, Value(raw)),
                "contains" => PreSelected(Call(member, ContainsMethod, raw), raw, preSelect),
                "ncontains" => Expression.Not(Call(member, ContainsMethod, raw)),
                "startsWith" => PreSelected(Call(member, StartsWithMethod, raw), raw, preSelectPrefix),
                "nstartsWith" => Expression.Not(Call(member, StartsWithMethod, raw)),
                "endsWith" => Call(member, EndsWithMethod, raw),
                "nendsWith" => Expression.Not(Call(member, EndsWithMethod, raw)),
                "in" => In(member, raw),
                "nin" => Expression.Not(In(member, raw)),
                "and" => Combine(member, raw, Expression.AndAlso, true, preSelect, preSelectPrefix),
                "or" => Combine(member, raw, Expression.OrElse, false, preSelect, preSelectPrefix),
                _ => throw new InvalidOperationException($"Unknown string filter operation '{op}'."),
            };
            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static Expression Value(object? raw) =>
        raw is null ? Expression.Constant(null, typeof(string)) : QueryParameter<string>.Of((string)raw);

    // A null column never contains, starts or ends with anything (SQL semantics, made explicit for C# semantics).
    private static Expression Call(Expression member, MethodInfo method, object? raw) =>
        raw is null
            ? Expression.Constant(false)
            : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
                Expression.Call(member, method, Value(raw)));

    private static Expression In(Expression member, object? raw)
    {
        var values = (raw as IEnumerable ?? Array.Empty<object>()).Cast<object?>().Select(v => v as string).ToArray();
        return Expression.Call(InMethod, QueryParameter<string?[]>.Collection(values), member);
    }

    private static Expression PreSelected(Expression predicate, object? raw, Func<string, Expression?>? preSelect) =>
        raw is string pattern && preSelect?.Invoke(pattern) is { } candidates ? Expression.AndAlso(candidates, predicate) : predicate;

    private static Expression Combine(Expression member, object? raw, Func<Expression, Expression, Expression> join, bool empty,
        Func<string, Expression?>? preSelect, Func<string, Expression?>? preSelectPrefix)
    {
        var parts = new List<Expression>();
        foreach (var item in raw as IEnumerable ?? Array.Empty<object>()) parts.Add(Build(member, item, preSelect, preSelectPrefix));
        return BalancedTree.Join(parts, join) ?? Expression.Constant(empty);
    }
}
