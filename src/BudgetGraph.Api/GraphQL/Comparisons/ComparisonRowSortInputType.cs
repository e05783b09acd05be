using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>ComparisonRowSortInput</c>.</summary>
public sealed class ComparisonRowSortInputType()
    : EntitySortInputType<ComparisonRow>("ComparisonRow", "横向比较行", ComparisonQuerySpec.Sort);
