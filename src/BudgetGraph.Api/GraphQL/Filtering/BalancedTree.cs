using System.Linq.Expressions;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// Joins the terms of an <c>and</c>/<c>or</c> list as a balanced tree, ((a ∨ b) ∨ (c ∨ d)), not a chain: the SQL
/// expression is then log₂(n) deep, well within SQLite's limit of 1,000 however many terms a filter has.
/// </summary>
internal static class BalancedTree
{
    public static Expression? Join(IReadOnlyList<Expression> terms, Func<Expression, Expression, Expression> join) =>
        terms.Count == 0 ? null : Join(terms, join, 0, terms.Count);

    private static Expression Join(IReadOnlyList<Expression> terms, Func<Expression, Expression, Expression> join, int from, int count) =>
        count == 1
            ? terms[from]
            : join(Join(terms, join, from, count / 2), Join(terms, join, from + count / 2, count - count / 2));
}
