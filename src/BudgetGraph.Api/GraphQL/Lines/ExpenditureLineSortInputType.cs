using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary><c>ExpenditureLineSortInput</c>.</summary>
public sealed class ExpenditureLineSortInputType()
    : EntitySortInputType<ExpenditureLine>("ExpenditureLine", "功能分类支出行", ExpenditureLineQuerySpec.Sort);
