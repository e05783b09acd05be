using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>ComparisonEdge</c> of the <c>compare</c> field.</summary>
public sealed class ComparisonEdgeType() : EdgeGraphType<ComparisonRowType, ComparisonRow>("ComparisonEdge", "comparison rows (横向比较)");
