using BudgetGraph.Api.GraphQL.Filtering;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary><c>ListFilterInputTypeOfIndicatorFilterInput</c>.</summary>
public sealed class IndicatorListFilterInputType()
    : ListFilterInputType<IndicatorFilterInputType>("IndicatorFilterInput", "indicators (绩效指标)");
