using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Builds <c>x => new T { Id = x.Id, Name = x.Name }</c> for the columns the selected fields read, so EF Core
/// selects only those columns. One expression per distinct column set, cached for the process.
/// </summary>
internal static class Projection<T> where T : new()
{
    private static readonly ConcurrentDictionary<string, Expression<Func<T, T>>> Cache = new();
    private static readonly Dictionary<string, PropertyInfo> Properties =
        typeof(T).GetProperties().Where(p => p.CanWrite).ToDictionary(p => p.Name);

    public static Expression<Func<T, T>> For(IGraphType graphType, IEnumerable<string> selectedFields, params string[] keys)
    {
        var columns = new SortedSet<string>(keys, StringComparer.Ordinal);
        if (graphType.GetNamedType() is IComplexGraphType complex)
            foreach (var field in selectedFields)
                columns.UnionWith(ColumnMetadata.ColumnsOf(complex, field));
        return Cache.GetOrAdd(string.Join(',', columns), static (_, cols) => Build(cols), columns);
    }

    private static Expression<Func<T, T>> Build(IEnumerable<string> columns)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var bindings = columns.Select(c => Properties.TryGetValue(c, out var p)
            ? Expression.Bind(p, Expression.Property(x, p))
            : throw new InvalidOperationException($"{typeof(T).Name} has no column {c}."));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), x);
    }
}
