using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// Compiled readers of key expressions such as <c>p =&gt; p.BudgetId</c>, compiled once per entity type and member.
/// Call sites pass a new expression tree on every request, and compiling one costs far more than the rest of a
/// small batch, so the delegate is looked up by what the expression reads.
/// </summary>
internal static class KeyReaders<T>
{
    private static readonly ConcurrentDictionary<string, Func<T, int>> Cache = new();

    public static Func<T, int> For(Expression<Func<T, int>> key) =>
        Cache.GetOrAdd(key.Body.ToString(), static (_, expression) => expression.Compile(), key);
}
