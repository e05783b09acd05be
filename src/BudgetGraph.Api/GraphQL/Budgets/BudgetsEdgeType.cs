using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>BudgetsEdge</c> of the <c>budgets</c> field.</summary>
public sealed class BudgetsEdgeType() : EdgeGraphType<BudgetType, Budget>("BudgetsEdge", "budgets (部门预算)");
