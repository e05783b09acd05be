using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary><c>DataQualityFindingsConnection</c> of the <c>dataQualityFindings</c> field.</summary>
public sealed class DataQualityFindingsConnectionType()
    : ConnectionGraphType<DataQualityFindingType, DataQualityFindingsEdgeType, DataQualityFinding>("DataQualityFindingsConnection", "data-quality findings (数据质量问题)");
