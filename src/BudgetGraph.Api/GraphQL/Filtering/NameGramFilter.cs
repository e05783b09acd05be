using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;
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
/// <para>
/// A <c>startsWith</c> on SQLite (<see cref="PrefixRange"/>) is instead the range of the name's own index that the
/// prefix spans — <c>name &gt;= 'p' AND name &lt; 'p′'</c>, p′ being p with its last character the next one — ahead of
/// the unchanged <c>LIKE 'p%'</c>: SQLite compares text in code point order (BINARY: UTF-8 bytes), so the names that
/// start with p are exactly that range, as long as LIKE compares p's characters exactly (no ASCII letter, which LIKE
/// folds) and p′ is a character (no surrogate, not U+FFFF); count and first page then read the covering index
/// (<c>IX_Units_ShortName_Slug</c> …) alone. SQL Server's LIKE 'p%' is a range of the index by itself (under the
/// column's collation, which is why no range is written there); it keeps the gram pre-selection.
/// </para>
/// </summary>
internal static class NameGramFilter
{
    private static readonly MethodInfo MarkerMethod = typeof(NameGramFilter).GetMethod(nameof(Candidate), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo PrefixMarkerMethod = typeof(NameGramFilter).GetMethod(nameof(PrefixCandidate), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo ContainsMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(int));

    /// <summary>The marker "<paramref name="id"/> is a candidate of <paramref name="pattern"/>"; null when the pattern has no gram.</summary>
    public static Expression? PreSelect(NameGramKind kind, string pattern, Expression id) =>
        NameGrams.OfPattern(pattern).Count == 0
            ? null
            : Expression.Call(MarkerMethod, Expression.Constant(kind), Expression.Constant(pattern), id);

    /// <summary>
    /// The marker "<paramref name="id"/> is a candidate of the prefix <paramref name="pattern"/> of <paramref name="name"/>";
    /// null when neither a range (<see cref="RangeOf"/>) nor a gram can help.
    /// </summary>
    public static Expression? PrefixRange(NameGramKind kind, string pattern, Expression id, Expression name) =>
        RangeOf(pattern) is null && NameGrams.OfPattern(pattern).Count == 0
            ? null
            : Expression.Call(PrefixMarkerMethod, Expression.Constant(kind), Expression.Constant(pattern), id, name);

    /// <summary>
    /// The code point range [<c>From</c>, <c>To</c>) of the texts that start with <paramref name="prefix"/> as SQLite's
    /// LIKE matches them, or null when LIKE may match more than that range (an ASCII letter, which it folds) or there is
    /// no next character to end it (an empty prefix, a surrogate, U+FFFF).
    /// </summary>
    public static (string From, string To)? RangeOf(string prefix)
    {
        if (prefix.Length == 0 || prefix[^1] == char.MaxValue) return null;
        foreach (var c in prefix)
            if (char.IsAsciiLetter(c) || char.IsSurrogate(c)) return null;
        var next = (char)(prefix[^1] + 1);
        return char.IsSurrogate(next) ? null : (prefix, string.Concat(prefix.AsSpan(0, prefix.Length - 1), new ReadOnlySpan<char>(in next)));
    }

    /// <summary>Resolves the markers of <paramref name="predicate"/> on the context of the EF Core query <paramref name="source"/>.</summary>
    /// <param name="sqlite">Whether the query runs on SQLite (a prefix becomes a range of the name's index).</param>
    public static Expression Bind(Expression predicate, Expression source, bool sqlite = false)
    {
        if (!MarkerFinder.Contains(predicate)) return predicate;
        var finder = new RootFinder();
        finder.Visit(source);
        var root = finder.Root ?? throw new InvalidOperationException("A name filter with a gram index needs an EF Core query.");
        var gramType = root.EntityType.Model.FindEntityType(typeof(NameGram))
            ?? throw new InvalidOperationException("The model has no NameGram entity.");
        var provider = root.QueryProvider ?? throw new InvalidOperationException("The query has no EF Core provider.");
        var grams = provider.CreateQuery<NameGram>(new EntityQueryRootExpression(provider, gramType));
        return new MarkerResolver(grams, sqlite).Visit(predicate);
    }

    // Never run: replaced by Bind before the query is translated.
    private static bool Candidate(NameGramKind kind, string pattern, int id) =>
        throw new InvalidOperationException("NameGramFilter.Bind resolves this marker.");

    private static bool PrefixCandidate(NameGramKind kind, string pattern, int id, string? name) =>
        throw new InvalidOperationException("NameGramFilter.Bind resolves this marker.");

    private sealed class MarkerResolver(IQueryable<NameGram> grams, bool sqlite) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != MarkerMethod && node.Method != PrefixMarkerMethod) return base.VisitMethodCall(node);
            var kind = (NameGramKind)((ConstantExpression)node.Arguments[0]).Value!;
            var pattern = (string)((ConstantExpression)node.Arguments[1]).Value!;
            if (node.Method == PrefixMarkerMethod && sqlite && RangeOf(pattern) is var (from, to))
            {
                var name = Visit(node.Arguments[3]);
                return Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Call(CompareMethod, name, QueryParameter<string>.Of(from)), Expression.Constant(0)),
                    Expression.LessThan(Expression.Call(CompareMethod, name, QueryParameter<string>.Of(to)), Expression.Constant(0)));
            }
            return Plan(kind, pattern) is { } candidates
                ? Expression.Call(ContainsMethod, candidates.Expression, Visit(node.Arguments[2]))
                : Expression.Constant(true);
        }

        // The gram counts only choose the plan: when they cannot be read (a context without a database, e.g. for
        // ToQueryString), the predicate alone decides; a real database error then comes from the query itself.
        private IQueryable<int>? Plan(NameGramKind kind, string pattern)
        {
            try
            {
                return NameSearch.Plan(grams, kind, pattern);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }
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
            if (node.Method == MarkerMethod || node.Method == PrefixMarkerMethod) _found = true;
            return base.VisitMethodCall(node);
        }
    }
}
