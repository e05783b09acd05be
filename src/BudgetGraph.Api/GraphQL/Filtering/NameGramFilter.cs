using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore.Query;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// The gram pre-selection of a name filter (<see cref="FilterSpec{T}.IndexedName"/>): <c>id IN (candidates)</c> ahead
/// of the unchanged <c>contains</c>/<c>startsWith</c> predicate (<see cref="NameSearch"/>). The filter specs are built
/// at startup without a database context, so the candidates are composed on a stand-in set and
/// <see cref="Bind"/> puts the query's own <c>NameGrams</c> root in its place before EF Core sees the query.
/// </summary>
internal static class NameGramFilter
{
    private static readonly IQueryable<NameGram> StandIn = Enumerable.Empty<NameGram>().AsQueryable();

    private static readonly MethodInfo ContainsMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    /// <summary><c>id IN (ids having every gram of the pattern)</c>, or null when the pattern has no gram.</summary>
    public static Expression? PreSelect(NameGramKind kind, string pattern, Expression id) =>
        NameSearch.Candidates(StandIn, kind, pattern) is { } candidates
            ? Expression.Call(ContainsMethod, candidates.Expression, id)
            : null;

    /// <summary>Replaces the stand-in set in <paramref name="predicate"/> by the <c>NameGrams</c> root of <paramref name="source"/>'s model.</summary>
    public static Expression Bind(Expression predicate, Expression source)
    {
        var finder = new RootFinder();
        if (!StandInFinder.Contains(predicate)) return predicate;
        finder.Visit(source);
        var root = finder.Root ?? throw new InvalidOperationException("A name filter with a gram index needs an EF Core query.");
        var grams = root.EntityType.Model.FindEntityType(typeof(NameGram))
            ?? throw new InvalidOperationException("The model has no NameGram entity.");
        var replacement = root.QueryProvider is { } provider
            ? new EntityQueryRootExpression(provider, grams)
            : new EntityQueryRootExpression(grams);
        return new StandInReplacer(replacement).Visit(predicate);
    }

    private sealed class RootFinder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root) Root ??= root;
            return node is EntityQueryRootExpression ? node : base.VisitExtension(node);
        }
    }

    private sealed class StandInFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Contains(Expression expression)
        {
            var finder = new StandInFinder();
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (ReferenceEquals(node.Value, StandIn)) _found = true;
            return node;
        }
    }

    private sealed class StandInReplacer(Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) =>
            ReferenceEquals(node.Value, StandIn) ? replacement : node;
    }
}
