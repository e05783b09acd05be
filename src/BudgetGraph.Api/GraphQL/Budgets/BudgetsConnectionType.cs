using BudgetGraph.Api.GraphQL.Connections;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>BudgetsConnection</c> of the <c>budgets</c> field.</summary>
public sealed class BudgetsConnectionType() : ConnectionGraphType<BudgetType, BudgetsEdgeType, Budget>("BudgetsConnection", "budgets (部门预算)");
