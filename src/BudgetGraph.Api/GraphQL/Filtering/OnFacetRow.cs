using System.Linq.Expressions;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// A filter's predicate on a table's row, moved onto a row of its kept combination counts (a facet row: the same
/// columns, by name and type, and how many rows hold them — <c>Data.Entities.IndicatorFacetCount</c>): every read of a
/// row's column becomes the facet row's. The predicate reads nothing else of the row, so a facet row passes exactly when
/// its rows do, on either engine (the same operations on columns of the same types). Null when it reads anything the
/// facet row lacks: another column, a nested object, the row itself.
/// </summary>
internal sealed class OnFacetRow(ParameterExpression row, ParameterExpression facet) : ExpressionVisitor
{
    private bool _readsElse;

    /// <summary><paramref name="predicate"/> (on <paramref name="row"/>) on <paramref name="facet"/>; null when it reads a column the facet lacks.</summary>
    public static Expression? Rewrite(Expression predicate, ParameterExpression row, ParameterExpression facet)
    {
        var visitor = new OnFacetRow(row, facet);
        var rewritten = visitor.Visit(predicate);
        return visitor._readsElse ? null : rewritten;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression != row) return base.VisitMember(node);
        var property = facet.Type.GetProperty(node.Member.Name);
        if (property is not null && property.PropertyType == node.Type) return Expression.Property(facet, property);
        _readsElse = true;
        return node;
    }

    // The row itself anywhere but as the owner of a column it shares (a navigation's key, a subquery's correlation).
    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == row) _readsElse = true;
        return node;
    }
}
