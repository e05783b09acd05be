using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Data.Coverage;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary><c>TotalsSource</c>.</summary>
public sealed class TotalsSourceEnum() : DescribedEnumType<TotalsSource>("TotalsSource",
    "Where a budget's expenditure total comes from (总额来源).",
    (TotalsSource.FinancialTables, "FINANCIAL_TABLES", "The financial tables: 部门支出总表 (表八), else 表二, else the summary tables."),
    (TotalsSource.PerformanceOverallTable, "PERFORMANCE_OVERALL_TABLE", "Only the 部门支出预算总量 of the 部门整体绩效目标表: the disclosure has no financial tables."),
    (TotalsSource.None, "NONE", "The disclosure states no expenditure total."));
