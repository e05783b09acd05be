using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary><c>EconomicLineSortInput</c>.</summary>
public sealed class EconomicLineSortInputType()
    : EntitySortInputType<EconomicLine>("EconomicLine", "经济分类支出行", EconomicLineQuerySpec.Sort);
