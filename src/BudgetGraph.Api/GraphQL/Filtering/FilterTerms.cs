using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// The number of conditions a <c>where</c> joins with AND/OR, checked before the query goes to the database. Databases
/// flatten a chain of ORs into one expression (SQLite refuses one deeper than 1,000), so a filter may join at most
/// <see cref="Max"/> conditions; more is the error <c>FILTER_TOO_COMPLEX</c> instead of a database failure.
/// </summary>
internal sealed class FilterTerms : ExpressionVisitor
{
    public const int Max = 500;
    public const string TooComplex = "FILTER_TOO_COMPLEX";

    private int _joins;

    public static void Check(Expression predicate)
    {
        var counter = new FilterTerms();
        counter.Visit(predicate);
        if (counter._joins + 1 > Max)
            throw new QueryArgumentError(TooComplex,
                $"The filter joins {counter._joins + 1} conditions with and/or; at most {Max} are accepted. Use `in` for many values of one field.");
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse) _joins++;
        return base.VisitBinary(node);
    }

    // Subqueries (list filters) are counted through their lambdas; constants and parameters hold no conditions.
}
