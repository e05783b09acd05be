using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Sorting;

/// <summary>One sortable field: its GraphQL name and input type (<c>SortEnumType</c> or a nested sort input).</summary>
public sealed record SortField(string Name, string Description, Type GraphType);

/// <summary>
/// The <c>order: [{Type}SortInput!]</c> argument of one entity: list order gives precedence (OrderBy, then ThenBy),
/// nested objects sort through navigations. Key lambdas and the generic Queryable methods are resolved once at
/// startup; a request only composes method calls. The entity key is always the last key so pages are stable.
/// </summary>
public sealed class SortSpec<T>
{
    private readonly List<SortField> _fields = [];
    private readonly Dictionary<string, SortKey> _keys = new(StringComparer.Ordinal);
    private readonly SortKey _tieBreaker;

    public SortSpec(Expression<Func<T, int>> id) => _tieBreaker = SortKey.Create(id);

    public IReadOnlyList<SortField> Fields => _fields;

    public SortSpec<T> Field<TKey>(string name, string description, Expression<Func<T, TKey>> key)
    {
        _fields.Add(new SortField(name, description, typeof(SortEnumType)));
        _keys.Add(name, SortKey.Create(key));
        return this;
    }

    /// <summary>Sort through a navigation by the other entity's fields, e.g. <c>{ unit: { slug: ASC } }</c>.</summary>
    public SortSpec<T> Object<TOther, TInput>(string name, string description, Expression<Func<T, TOther>> navigation,
        SortSpec<TOther> nested)
    {
        _fields.Add(new SortField(name, description, typeof(TInput)));
        foreach (var (path, key) in nested._keys)
        {
            var body = ParameterReplacer.Apply(key.Lambda, navigation.Body);
            _keys.Add(name + "." + path, SortKey.Create(Expression.Lambda(body, navigation.Parameters[0])));
        }
        return this;
    }

    /// <summary>Applies <c>order</c> (a list of sort objects) and the tie-breaker; no order sorts by key.</summary>
    public IQueryable<T> Apply(IQueryable<T> source, object? order)
    {
        var ordered = false;
        foreach (var item in order as IEnumerable ?? Array.Empty<object>())
            if (item is IDictionary<string, object?> sort)
                source = Apply(source, sort, "", ref ordered);
        return _tieBreaker.Apply(source, SortDirection.Ascending, ordered);
    }

    private IQueryable<T> Apply(IQueryable<T> source, IDictionary<string, object?> sort, string prefix, ref bool ordered)
    {
        foreach (var (name, value) in sort)
        {
            if (value is IDictionary<string, object?> nested)
                source = Apply(source, nested, prefix + name + ".", ref ordered);
            else if (value is SortDirection direction)
            {
                source = _keys[prefix + name].Apply(source, direction, ordered);
                ordered = true;
            }
        }
        return source;
    }

    private sealed record SortKey(LambdaExpression Lambda, MethodInfo OrderBy, MethodInfo OrderByDescending,
        MethodInfo ThenBy, MethodInfo ThenByDescending)
    {
        public static SortKey Create(LambdaExpression lambda)
        {
            MethodInfo Method(string name) => typeof(Queryable).GetMethods()
                .Single(m => m.Name == name && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(T), lambda.ReturnType);
            return new SortKey(lambda, Method(nameof(Queryable.OrderBy)), Method(nameof(Queryable.OrderByDescending)),
                Method(nameof(Queryable.ThenBy)), Method(nameof(Queryable.ThenByDescending)));
        }

        public IQueryable<T> Apply(IQueryable<T> source, SortDirection direction, bool then)
        {
            var method = (then, direction) switch
            {
                (false, SortDirection.Ascending) => OrderBy,
                (false, _) => OrderByDescending,
                (true, SortDirection.Ascending) => ThenBy,
                (true, _) => ThenByDescending,
            };
            return source.Provider.CreateQuery<T>(Expression.Call(null, method, source.Expression, Expression.Quote(Lambda)));
        }
    }
}
