using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary><c>IndicatorsConnection</c> of the <c>indicators</c> field.</summary>
public sealed class IndicatorsConnectionType() : ConnectionGraphType<IndicatorType, IndicatorsEdgeType, Indicator>("IndicatorsConnection", "indicators (绩效指标)");
