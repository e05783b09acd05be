using System.Linq.Expressions;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>Puts an expression in place of a lambda's parameter (to apply a column accessor to a navigation).</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression lambda, Expression target) =>
        new ParameterReplacer(lambda.Parameters[0], target).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
