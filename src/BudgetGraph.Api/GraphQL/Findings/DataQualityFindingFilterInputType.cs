using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary><c>DataQualityFindingFilterInput</c>.</summary>
public sealed class DataQualityFindingFilterInputType()
    : EntityFilterInputType<DataQualityFinding>("DataQualityFinding", "数据质量问题", DataQualityFindingQuerySpec.Filter);
