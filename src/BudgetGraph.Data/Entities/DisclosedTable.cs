namespace BudgetGraph.Data.Entities;

/// <summary>What kind of table a <see cref="DisclosedTable"/> is.</summary>
public enum TableKind
{
    Other,
    FiscalAppropriationSummary,        // 财政拨款收支总表
    GeneralPublicBudgetExpenditure,    // 一般公共预算财政拨款支出预算表
    BasicExpenditureEconomic,          // 一般公共预算财政拨款基本支出预算表
    ThreePublicCosts,                  // "三公"经费支出表
    GovernmentFundExpenditure,         // 政府性基金预算支出表
    StateCapitalExpenditure,           // 国有资本经营预算支出表
    DepartmentSummary,                 // 部门收支总表
    DepartmentIncome,                  // 部门收入总表
    DepartmentExpenditure,             // 部门支出总表
    Procurement,                       // 政府采购预算明细表
    OverallPerformance,                // 整体绩效目标表
    ProjectPerformance,                // 项目绩效目标表 and its variants
}

/// <summary>
/// A table of a disclosure, the provenance anchor of every imported row: title, number (表N), lines,
/// whether it was only partly preserved, and the remark under it (an empty table's "no data" note is a fact too).
/// </summary>
public class DisclosedTable
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public TableKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? TableNumber { get; set; }
    public int StartLine { get; set; }
    public int EndLine { get; set; }
    public int RowCount { get; set; }
    public bool IsPartial { get; set; }
    public string? Remark { get; set; }
    /// <summary>
    /// The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (a parser note states the
    /// unit assumed). Stored amounts are always 万元, converted exactly from this unit.
    /// </summary>
    public string? PrintedUnit { get; set; }
}
