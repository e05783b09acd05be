using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>BudgetFilterInput</c>.</summary>
public sealed class BudgetFilterInputType() : EntityFilterInputType<Budget>("Budget", "部门预算", BudgetQuerySpec.Filter);
