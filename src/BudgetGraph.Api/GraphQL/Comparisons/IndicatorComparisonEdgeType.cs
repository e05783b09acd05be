using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>IndicatorComparisonEdge</c> of the <c>indicatorComparison</c> field.</summary>
public sealed class IndicatorComparisonEdgeType()
    : EdgeGraphType<IndicatorComparisonRowType, IndicatorComparisonRow>("IndicatorComparisonEdge", "indicators side by side (指标比较)");
