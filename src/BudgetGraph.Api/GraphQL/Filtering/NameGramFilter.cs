using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore.Query;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// The gram pre-selection of a name filter (<see cref="FilterSpec{T}.IndexedName"/>): <c>id IN (candidates)</c> ahead
/// of the unchanged <c>contains</c>/<c>startsWith</c> predicate, when the gram index pays (<see cref="NameSearch.Plan"/>).
/// The filter specs are built at startup without a database, so <see cref="PreSelect"/> leaves a marker in the
/// predicate and <see cref="Bind"/>, given the query's source, resolves every marker on the query's own context
/// (its snapshot): to the candidates, or to <c>true</c> when the predicate alone is cheaper.
/// </summary>
internal static class NameGramFilter
{
    private static readonly MethodInfo MarkerMethod = typeof(NameGramFilter).GetMethod(nameof(Candidate), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ContainsMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    /// <summary>The marker "<paramref name="id"/> is a candidate of <paramref name="pattern"/>"; null when the pattern has no gram.</summary>
    public static Expression? PreSelect(NameGramKind kind, string pattern, Expression id) =>
        NameGrams.OfPattern(pattern).Count == 0
            ? null
            : Expression.Call(MarkerMethod, Expression.Constant(kind), Expression.Constant(pattern), id);

    /// <summary>Resolves the markers of <paramref name="predicate"/> on the context of the EF Core query <paramref name="source"/>.</summary>
    public static Expression Bind(Expression predicate, Expression source)
    {
        if (!MarkerFinder.Contains(predicate)) return predicate;
        var finder = new RootFinder();
        finder.Visit(source);
        var root = finder.Root ?? throw new InvalidOperationException("A name filter with a gram index needs an EF Core query.");
        var gramType = root.EntityType.Model.FindEntityType(typeof(NameGram))
            ?? throw new InvalidOperationException("The model has no NameGram entity.");
        var provider = root.QueryProvider ?? throw new InvalidOperationException("The query has no EF Core provider.");
        var grams = provider.CreateQuery<NameGram>(new EntityQueryRootExpression(provider, gramType));
        return new MarkerResolver(grams).Visit(predicate);
    }

    // Never runs: replaced by Bind before the query is translated.
    private static bool Candidate(NameGramKind kind, string pattern, int id) =>
        throw new InvalidOperationException("NameGramFilter.Bind resolves this marker.");

    private sealed class MarkerResolver(IQueryable<NameGram> grams) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != MarkerMethod) return base.VisitMethodCall(node);
            var kind = (NameGramKind)((ConstantExpression)node.Arguments[0]).Value!;
            var pattern = (string)((ConstantExpression)node.Arguments[1]).Value!;
            return NameSearch.Plan(grams, kind, pattern) is { } candidates
                ? Expression.Call(ContainsMethod, candidates.Expression, Visit(node.Arguments[2]))
                : Expression.Constant(true);
        }
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
            if (node.Method == MarkerMethod) _found = true;
            return base.VisitMethodCall(node);
        }
    }
}
