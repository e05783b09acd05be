using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary><c>IndicatorSortInput</c>.</summary>
public sealed class IndicatorSortInputType() : EntitySortInputType<Indicator>("Indicator", "绩效指标", IndicatorQuerySpec.Sort);
