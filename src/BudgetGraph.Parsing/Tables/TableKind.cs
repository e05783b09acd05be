namespace BudgetGraph.Parsing.Tables;

/// <summary>The kinds of table block a disclosure contains, recognised from their title lines.</summary>
internal enum TableKind
{
    Unknown,
    FiscalSummary,                    // 财政拨款收支总表
    DepartmentSummary,                // 部门收支总表
    DepartmentIncome,                 // 部门收入总表
    DepartmentExpenditure,            // 部门支出总表
    GeneralPublicBudgetExpenditure,   // 一般公共预算财政拨款支出预算表
    BasicExpenditure,                 // 一般公共预算财政拨款基本支出预算表 (economic subjects)
    ThreePublicCosts,                 // "三公"经费支出表
    GovernmentFundExpenditure,        // 政府性基金预算支出表
    StateCapitalExpenditure,          // 国有资本经营预算支出表
    Procurement,                      // 政府采购预算明细表
    Performance,                      // 整体/项目/专项 绩效目标表: read by the performance parser, not here
}
