using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary><c>IndicatorsEdge</c> of the <c>indicators</c> field.</summary>
public sealed class IndicatorsEdgeType() : EdgeGraphType<IndicatorType, Indicator>("IndicatorsEdge", "indicators (绩效指标)");
