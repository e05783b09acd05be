using System.Linq.Expressions;
using System.Reflection;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>
/// A sorted query in the reverse of its order: every key of its outermost <c>OrderBy … ThenBy</c> chain turned round
/// (<c>OrderBy</c> ↔ <c>OrderByDescending</c>, <c>ThenBy</c> ↔ <c>ThenByDescending</c>). The orders the sort specs give
/// end with a unique key (<see cref="Sorting.SortSpec{T}"/>'s tie-breaker), so the reverse is exact; null sorts as the
/// least value on SQLite and SQL Server alike, so it turns round with the others. The last rows of a long list are then
/// its first in the reverse order, read from the end of the index (<see cref="Paging"/>: <c>last: 20</c> of 252,252
/// indicators at 5,005 disclosures no longer skips 252,232 entries).
/// </summary>
public static class ReversedOrder
{
    private static readonly Dictionary<string, string> Turned = new(StringComparer.Ordinal)
    {
        [nameof(Queryable.OrderBy)] = nameof(Queryable.OrderByDescending),
        [nameof(Queryable.OrderByDescending)] = nameof(Queryable.OrderBy),
        [nameof(Queryable.ThenBy)] = nameof(Queryable.ThenByDescending),
        [nameof(Queryable.ThenByDescending)] = nameof(Queryable.ThenBy),
    };

    private static readonly Dictionary<string, MethodInfo> Methods = typeof(Queryable).GetMethods()
        .Where(m => Turned.ContainsKey(m.Name) && m.GetParameters().Length == 2)
        .ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>The query in the reverse order; null when it does not end in an order (nothing to turn round).</summary>
    public static IQueryable<T>? Of<T>(IQueryable<T> sorted) =>
        Reverse(sorted.Expression) is { } reversed ? sorted.Provider.CreateQuery<T>(reversed) : null;

    private static Expression? Reverse(Expression expression)
    {
        if (expression is not MethodCallExpression { Method.DeclaringType: var type } call || type != typeof(Queryable)
            || !Turned.TryGetValue(call.Method.Name, out var turned))
            return null;
        // ThenBy: the keys before it are turned too; OrderBy starts the chain.
        var source = call.Method.Name.StartsWith("Then", StringComparison.Ordinal) ? Reverse(call.Arguments[0]) : call.Arguments[0];
        if (source is null) return null;
        var method = Methods[turned].MakeGenericMethod(call.Method.GetGenericArguments());
        return Expression.Call(null, method, source, call.Arguments[1]);
    }
}
