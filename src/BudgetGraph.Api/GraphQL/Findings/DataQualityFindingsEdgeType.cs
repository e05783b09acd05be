using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary><c>DataQualityFindingsEdge</c> of the <c>dataQualityFindings</c> field.</summary>
public sealed class DataQualityFindingsEdgeType()
    : EdgeGraphType<DataQualityFindingType, DataQualityFinding>("DataQualityFindingsEdge", "data-quality findings (数据质量问题)");
