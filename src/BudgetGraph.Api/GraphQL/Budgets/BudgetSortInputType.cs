using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>BudgetSortInput</c>.</summary>
public sealed class BudgetSortInputType() : EntitySortInputType<Budget>("Budget", "部门预算", BudgetQuerySpec.Sort);
