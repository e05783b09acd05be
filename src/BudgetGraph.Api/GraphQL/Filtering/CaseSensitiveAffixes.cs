using System.Linq.Expressions;
using System.Reflection;
using BudgetGraph.Api.GraphQL.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// On SQLite, the <c>startsWith</c>/<c>endsWith</c> of a filter (and their negations) as <c>GLOB 'p*'</c> /
/// <c>GLOB '*p'</c> instead of EF Core's <c>LIKE</c>: SQLite's LIKE ignores ASCII case (<c>startsWith: "N"</c> matched
/// nanping), while <c>eq</c>, <c>in</c> and <c>contains</c> (<c>instr</c>) are case-sensitive, as all of them are in
/// HotChocolate. GLOB compares every character exactly; the prefix's <c>*</c>, <c>?</c> and <c>[</c> are written as
/// one-character classes so that they match only themselves. A <c>startsWith</c> on a name with a gram index usually
/// never gets here: it is a range of the name's index (<see cref="NameGramFilter"/>), which is case-sensitive too.
/// SQL Server keeps LIKE, under the column's collation (case-insensitive by default, as its <c>=</c> is).
/// </summary>
internal sealed class CaseSensitiveAffixes : ExpressionVisitor
{
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo GlobMethod = typeof(SqliteDbFunctionsExtensions).GetMethod(nameof(SqliteDbFunctionsExtensions.Glob))!;
    private static readonly Expression Functions = Expression.Property(null, typeof(EF).GetProperty(nameof(EF.Functions))!);

    private static readonly CaseSensitiveAffixes Instance = new();

    /// <summary><paramref name="predicate"/> with its string <c>StartsWith</c>/<c>EndsWith</c> of a filter value as GLOB.</summary>
    public static Expression Apply(Expression predicate) => Instance.Visit(predicate);

    /// <summary>A GLOB pattern matching <paramref name="text"/> itself: its wildcards and class openers as classes.</summary>
    public static string Literal(string text) =>
        text.IndexOfAny(['*', '?', '[']) < 0
            ? text
            : string.Concat(text.Select(c => c is '*' or '?' or '[' ? $"[{c}]" : c.ToString()));

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var starts = node.Method == StartsWithMethod;
        if ((!starts && node.Method != EndsWithMethod) || node.Object is null || ValueOf(node.Arguments[0]) is not { } affix)
            return base.VisitMethodCall(node);
        var pattern = starts ? Literal(affix) + "*" : "*" + Literal(affix);
        return Expression.Call(GlobMethod, Functions, Visit(node.Object), QueryParameter<string>.Of(pattern));
    }

    /// <summary>The text of a filter value (<see cref="QueryParameter{TValue}"/>); null for anything else.</summary>
    private static string? ValueOf(Expression argument) =>
        argument is MemberExpression { Expression: ConstantExpression { Value: QueryParameter<string> parameter } } ? parameter.Value : null;
}
