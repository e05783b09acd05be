namespace BudgetGraph.Data.Coverage;

/// <summary>Where a budget's headline expenditure total comes from.</summary>
public enum TotalsSource
{
    /// <summary>The financial tables (部门支出总表, else 表二, else the summary tables).</summary>
    FinancialTables,
    /// <summary>Only the 部门整体绩效目标表's 部门支出预算总量: the disclosure has no financial tables.</summary>
    PerformanceOverallTable,
    /// <summary>The disclosure states no total.</summary>
    None,
}
