using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum FunctionalTable</c>.</summary>
public sealed class FunctionalTableKindType() : DescribedEnumType<FunctionalTableKind>("FunctionalTable",
    "Which table of functional subjects a line comes from (功能分类支出表).",
    (FunctionalTableKind.GeneralPublicBudgetExpenditure, "GENERAL_PUBLIC_BUDGET_EXPENDITURE", "一般公共预算财政拨款支出预算表 (表二)."),
    (FunctionalTableKind.DepartmentExpenditure, "DEPARTMENT_EXPENDITURE", "部门支出总表 (表八), all funds."),
    (FunctionalTableKind.GovernmentFundExpenditure, "GOVERNMENT_FUND_EXPENDITURE", "政府性基金预算支出表 (表五)."),
    (FunctionalTableKind.StateCapitalExpenditure, "STATE_CAPITAL_EXPENDITURE", "国有资本经营预算支出表."));
