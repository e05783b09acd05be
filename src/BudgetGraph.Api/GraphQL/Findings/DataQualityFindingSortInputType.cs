using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary><c>DataQualityFindingSortInput</c>.</summary>
public sealed class DataQualityFindingSortInputType()
    : EntitySortInputType<DataQualityFinding>("DataQualityFinding", "数据质量问题", DataQualityFindingQuerySpec.Sort);
