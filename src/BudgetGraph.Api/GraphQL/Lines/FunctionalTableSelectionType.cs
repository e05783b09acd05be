using BudgetGraph.Api.GraphQL.Enums;

namespace BudgetGraph.Api.GraphQL.Lines;

/// <summary><c>enum FunctionalTableSelection</c>: a functional table, or ALL.</summary>
public sealed class FunctionalTableSelectionType() : DescribedEnumType<FunctionalTableSelection>("FunctionalTableSelection",
    "A table of functional subjects, or every table (功能分类支出表选择).",
    (FunctionalTableSelection.GeneralPublicBudgetExpenditure, "GENERAL_PUBLIC_BUDGET_EXPENDITURE", "一般公共预算财政拨款支出预算表 (表二)."),
    (FunctionalTableSelection.DepartmentExpenditure, "DEPARTMENT_EXPENDITURE", "部门支出总表 (表八), all funds."),
    (FunctionalTableSelection.GovernmentFundExpenditure, "GOVERNMENT_FUND_EXPENDITURE", "政府性基金预算支出表 (表五)."),
    (FunctionalTableSelection.StateCapitalExpenditure, "STATE_CAPITAL_EXPENDITURE", "国有资本经营预算支出表."),
    (FunctionalTableSelection.All, "ALL", "Every table: a subject printed by several tables appears once per table (see `table` on each line)."));
