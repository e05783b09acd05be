using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// The gram pre-selection of a name filter (<see cref="FilterSpec{T}.IndexedName"/>): <c>id IN (candidates)</c> ahead
/// of the unchanged <c>contains</c>/<c>startsWith</c> predicate, when the gram index pays (<see cref="NameSearch.Plan"/>).
/// The filter specs are built at startup without a database, so <see cref="PreSelect"/> leaves a marker in the
/// predicate and <see cref="Bind"/>, given the query's source, resolves every marker on the query's own context
/// (its snapshot): to the candidates, or to <c>true</c> when the predicate alone is cheaper.
/// <para>
/// A <c>startsWith</c> on SQLite (<see cref="PrefixRange"/>) is instead the range of the name's own index that the
/// prefix spans — <c>name &gt;= 'p' AND name &lt; 'p′'</c>, p′ being p with its last character the next one — in place
/// of <c>LIKE 'p%'</c>: SQLite compares text in code point order (BINARY: UTF-8 bytes), so the names that start with p,
/// case included (ASCII letters too: a startsWith is case-sensitive, which LIKE is not), are exactly that range, as long
/// as p′ is a character (no surrogate, not U+FFFF; <see cref="NameSearch.SqlitePrefixRange"/>); count and first page then
/// read the covering index (<c>IX_Units_ShortName_Slug</c> …) alone. SQL Server's LIKE 'p%' is a range of the index by
/// itself (under the column's collation, which is why no range is written there); it keeps the gram pre-selection.
/// </para>
/// <para>
/// Under an order other than the key's, on SQLite, candidates that are a large share of the rows (the rarest gram's ids
/// more than 1/<see cref="DenseShare"/> of the highest id, e.g. 1,001 of 5,005 units have 南坪) become a membership test
/// (<c>id + 0 IN (…)</c>, for which SQLite uses no index): SQLite then reads the order's own index and stops after the
/// page (the 20th match of 南坪 by slug: ~1,000 slug entries) instead of reading every candidate row by its key to
/// sort them (2.5 ms). Where the order's index carries the name itself (the filter declares which orders: units by
/// slug, name or short name), the candidates are not read at all: SQLite tests the predicate on each entry of that
/// index, as cheaply as it would test the list, without first building the list from the gram rows (1,001 entries:
/// 0.22 ms of 0.50 at 5,005 disclosures). Few candidates, or the key's own order, keep the list that drives the query.
/// </para>
/// </summary>
internal static class NameGramFilter
{
    private static readonly MethodInfo MarkerMethod = typeof(NameGramFilter).GetMethod(nameof(Candidate), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo PrefixMarkerMethod = typeof(NameGramFilter).GetMethod(nameof(PrefixCandidate), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// Candidates above 1/DenseShare of the rows are tested, not looked up, under another order: reading one entry of
    /// an index costs ~0.1 µs, one row by its key ~2.5 µs (units, at 5,005 disclosures), so scanning an index is the
    /// cheaper of the two once the candidates are more than ~1/25 of the rows, even when the page is at its end.
    /// </summary>
    public const int DenseShare = 25;

    private static readonly MethodInfo ContainsMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    /// <summary>The marker "<paramref name="id"/> is a candidate of <paramref name="pattern"/>"; null when the pattern has no gram.</summary>
    /// <param name="carryingOrders">The sort keys whose index carries the name (<see cref="FilterSpec{T}.IndexedName"/>).</param>
    public static Expression? PreSelect(NameGramKind kind, string pattern, Expression id, IReadOnlyCollection<string> carryingOrders) =>
        NameGrams.OfPattern(pattern).Count == 0
            ? null
            : Expression.Call(MarkerMethod, Expression.Constant(kind), Expression.Constant(pattern), id, Expression.Constant(carryingOrders));

    /// <summary>
    /// The marker "<paramref name="id"/> is a candidate of the prefix <paramref name="pattern"/> of <paramref name="name"/>";
    /// null when neither a range (<see cref="NameSearch.SqlitePrefixRange"/>) nor a gram can help.
    /// </summary>
    public static Expression? PrefixRange(NameGramKind kind, string pattern, Expression id, Expression name) =>
        NameSearch.SqlitePrefixRange(pattern) is null && NameGrams.OfPattern(pattern).Count == 0
            ? null
            : Expression.Call(PrefixMarkerMethod, Expression.Constant(kind), Expression.Constant(pattern), id, name);

    /// <summary>Whether <paramref name="predicate"/> has a marker for <see cref="Bind"/> to resolve.</summary>
    public static bool HasMarkers(Expression predicate) => MarkerFinder.Contains(predicate);

    /// <summary>Resolves the markers of <paramref name="predicate"/> on the context of the EF Core query <paramref name="source"/>.</summary>
    /// <param name="sqlite">Whether the query runs on SQLite (a prefix becomes a range of the name's index).</param>
    /// <param name="orderedBy">The first sort key when the query is ordered by something else than the key (dense
    /// candidates are then tested rather than looked up, on SQLite — on the order's index alone where it carries the name).</param>
    public static Expression Bind(Expression predicate, Expression source, bool sqlite = false, string? orderedBy = null)
    {
        if (!MarkerFinder.Contains(predicate)) return predicate;
        var finder = new RootFinder();
        finder.Visit(source);
        var root = finder.Root ?? throw new InvalidOperationException("A name filter with a gram index needs an EF Core query.");
        var provider = root.QueryProvider ?? throw new InvalidOperationException("The query has no EF Core provider.");
        var model = root.EntityType.Model;
        return new MarkerResolver(Set<NameGram>(provider, model), Set<NameGramCount>(provider, model), sqlite, orderedBy, provider, model)
            .Visit(predicate);
    }

    /// <summary>All rows of entity <typeparamref name="T"/> as a query of <paramref name="provider"/> (the filtered query's context).</summary>
    private static IQueryable<T> Set<T>(IAsyncQueryProvider provider, IReadOnlyModel model) =>
        provider.CreateQuery<T>(new EntityQueryRootExpression(provider,
            (Microsoft.EntityFrameworkCore.Metadata.IEntityType)(model.FindEntityType(typeof(T))
                ?? throw new InvalidOperationException($"The model has no {typeof(T).Name} entity."))));

    // Never run: replaced by Bind before the query is translated.
    private static bool Candidate(NameGramKind kind, string pattern, int id, IReadOnlyCollection<string> carryingOrders) =>
        throw new InvalidOperationException("NameGramFilter.Bind resolves this marker.");

    private static bool PrefixCandidate(NameGramKind kind, string pattern, int id, string? name) =>
        throw new InvalidOperationException("NameGramFilter.Bind resolves this marker.");

    private sealed class MarkerResolver(IQueryable<NameGram> grams, IQueryable<NameGramCount> counts, bool sqlite, string? orderedBy,
        IAsyncQueryProvider provider, IReadOnlyModel model) : ExpressionVisitor
    {
        // A prefix's range ahead of its predicate (StringOperations: range AND (name IS NOT NULL AND name LIKE 'p%')) is the
        // predicate itself: the texts in [p, p′) are exactly those that start with p, case included (SqlitePrefixRange), and none is null.
        // The range alone is kept: LIKE cost half of reading the range (1,001 of 5,005 short names start with 南坪).
        protected override Expression VisitBinary(BinaryExpression node) =>
            node.NodeType == ExpressionType.AndAlso && node.Left is MethodCallExpression left && SqlitePrefixRange(left) is not null
                ? VisitMethodCall(left)
                : base.VisitBinary(node);

        /// <summary>The index range a <c>startsWith</c> marker reads on SQLite (<see cref="NameSearch.SqlitePrefixRange"/>); null for any other marker, provider or prefix.</summary>
        private (string From, string To)? SqlitePrefixRange(MethodCallExpression marker) =>
            marker.Method == PrefixMarkerMethod && sqlite
                ? NameSearch.SqlitePrefixRange((string)((ConstantExpression)marker.Arguments[1]).Value!)
                : null;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != MarkerMethod && node.Method != PrefixMarkerMethod) return base.VisitMethodCall(node);
            var kind = (NameGramKind)((ConstantExpression)node.Arguments[0]).Value!;
            var pattern = (string)((ConstantExpression)node.Arguments[1]).Value!;
            if (SqlitePrefixRange(node) is var (from, to))
            {
                var name = Visit(node.Arguments[3]);
                return Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Call(CompareMethod, name, QueryParameter<string>.Of(from)), Expression.Constant(0)),
                    Expression.LessThan(Expression.Call(CompareMethod, name, QueryParameter<string>.Of(to)), Expression.Constant(0)));
            }
            var (candidates, dense) = Plan(kind, pattern, sqlite && orderedBy is not null && node.Arguments[2] is MemberExpression { Expression: ParameterExpression });
            if (candidates is null) return Expression.Constant(true);
            // The order's index carries the name: SQLite tests the predicate on its entries, no list to build.
            if (dense && node.Method == MarkerMethod && ((IReadOnlyCollection<string>)((ConstantExpression)node.Arguments[3]).Value!).Contains(orderedBy!))
                return Expression.Constant(true);
            var id = Visit(node.Arguments[2]);
            return Expression.Call(ContainsMethod, candidates.Expression, dense ? Expression.Add(id, Expression.Constant(0)) : id);
        }

        // The gram counts (NameGramCounts) only choose the plan: when they cannot be read (a context without a database,
        // e.g. for ToQueryString), the predicate alone decides; a real database error then comes from the query itself.
        private (IQueryable<int>? Candidates, bool Dense) Plan(NameGramKind kind, string pattern, bool mayTest)
        {
            try
            {
                var (candidates, rarest) = NameSearch.PlanCounted(grams, counts, kind, pattern);
                return (candidates, candidates is not null && mayTest && (long)rarest * DenseShare > MaxId(kind));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (null, false);
            }
        }

        private int MaxId(NameGramKind kind) => kind switch
        {
            NameGramKind.UnitOfficialName or NameGramKind.UnitShortName => MaxId<Unit>(u => u.Id),
            NameGramKind.ProjectName or NameGramKind.ProjectDepartment => MaxId<Project>(p => p.Id),
            NameGramKind.IndicatorName => MaxId<Indicator>(i => i.Id),
            _ => int.MaxValue,
        };

        private int MaxId<T>(Expression<Func<T, int>> id) where T : class =>
            Set<T>(provider, model).OrderByDescending(id).Select(id).FirstOrDefault();
    }

    private sealed class RootFinder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root)
            {
                Root ??= root;
                return node;
            }
            return base.VisitExtension(node);
        }
    }

    private sealed class MarkerFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Contains(Expression expression)
        {
            var finder = new MarkerFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method == MarkerMethod || node.Method == PrefixMarkerMethod) _found = true;
            return base.VisitMethodCall(node);
        }
    }
}
