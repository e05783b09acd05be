using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum TableKind</c>.</summary>
public sealed class TableKindType() : DescribedEnumType<TableKind>("TableKind",
    "What kind of table of a disclosure it is (表格类型).",
    (TableKind.Other, "OTHER", "Any other table (其他表)."),
    (TableKind.FiscalAppropriationSummary, "FISCAL_APPROPRIATION_SUMMARY", "财政拨款收支总表."),
    (TableKind.GeneralPublicBudgetExpenditure, "GENERAL_PUBLIC_BUDGET_EXPENDITURE", "一般公共预算财政拨款支出预算表."),
    (TableKind.BasicExpenditureEconomic, "BASIC_EXPENDITURE_ECONOMIC", "一般公共预算财政拨款基本支出预算表."),
    (TableKind.ThreePublicCosts, "THREE_PUBLIC_COSTS", "\"三公\"经费支出表."),
    (TableKind.GovernmentFundExpenditure, "GOVERNMENT_FUND_EXPENDITURE", "政府性基金预算支出表."),
    (TableKind.StateCapitalExpenditure, "STATE_CAPITAL_EXPENDITURE", "国有资本经营预算支出表."),
    (TableKind.DepartmentSummary, "DEPARTMENT_SUMMARY", "部门收支总表."),
    (TableKind.DepartmentIncome, "DEPARTMENT_INCOME", "部门收入总表."),
    (TableKind.DepartmentExpenditure, "DEPARTMENT_EXPENDITURE", "部门支出总表."),
    (TableKind.Procurement, "PROCUREMENT", "政府采购预算明细表."),
    (TableKind.OverallPerformance, "OVERALL_PERFORMANCE", "整体绩效目标表."),
    (TableKind.ProjectPerformance, "PROJECT_PERFORMANCE", "项目绩效目标表 and its variants."));
