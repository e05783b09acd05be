using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>IndicatorComparisonConnection</c> of the <c>indicatorComparison</c> field, with the units it could not include.</summary>
public sealed class IndicatorComparisonConnectionType
    : ConnectionGraphType<IndicatorComparisonRowType, IndicatorComparisonEdgeType, IndicatorComparisonRow>
{
    public IndicatorComparisonConnectionType() : base("IndicatorComparisonConnection", "indicators side by side (指标比较)") =>
        this.AddMissingField();
}
