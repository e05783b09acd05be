using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>ComparisonConnection</c> of the <c>compare</c> field, with the units it could not include.</summary>
public sealed class ComparisonConnectionType : ConnectionGraphType<ComparisonRowType, ComparisonEdgeType, ComparisonRow>
{
    public ComparisonConnectionType() : base("ComparisonConnection", "comparison rows (横向比较)") => this.AddMissingField();
}
