using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary><c>IndicatorFilterInput</c>.</summary>
public sealed class IndicatorFilterInputType() : EntityFilterInputType<Indicator>("Indicator", "绩效指标", IndicatorQuerySpec.Filter);
