namespace BudgetGraph.Parsing.Model;

/// <summary>
/// What kind of table of a disclosure a block is — the one vocabulary of table kinds from parsing to serving: the
/// parser recognises blocks by it (<c>Tables/TableTitles</c>), the importer stores it on each disclosed table (by name:
/// renaming a member is a data migration) and the API serves it as <c>TableKind</c>. Each kind is listed under every
/// name publishers give it in <c>Tables/TableTitles</c>.
/// </summary>
public enum TableKind
{
    /// <summary>A title of a table this parser does not read (it still delimits blocks), or a headerless fragment not assigned.</summary>
    Other,
    FiscalAppropriationSummary,        // 财政拨款收支总表 / 财政拨款收支预算总表
    GeneralPublicBudgetExpenditure,    // 一般公共预算财政拨款支出预算表 / 一般公共预算支出功能分类预算表
    BasicExpenditureEconomic,          // 一般公共预算财政拨款基本支出预算表 (economic subjects)
    ThreePublicCosts,                  // "三公"经费（和机关运行经费）预算表
    GovernmentFundExpenditure,         // 政府性基金预算支出表
    StateCapitalExpenditure,           // 国有资本经营预算支出表
    DepartmentSummary,                 // 部门收支总表 / 财务收支预算总表
    DepartmentIncome,                  // 部门收入总表 / 收入预算总表
    DepartmentExpenditure,             // 部门支出总表 / 支出预算总表
    Procurement,                       // 政府采购预算明细表
    OverallPerformance,                // 部门（单位）整体绩效目标表
    ProjectPerformance,                // 项目绩效目标表, 财政项目支出绩效目标申报表 and the other card titles
}
