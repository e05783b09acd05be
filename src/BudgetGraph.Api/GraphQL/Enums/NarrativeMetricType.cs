using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Api.GraphQL.Enums;

/// <summary><c>enum NarrativeMetric</c>.</summary>
public sealed class NarrativeMetricType() : DescribedEnumType<NarrativeMetric>("NarrativeMetric",
    "What a figure of the narrative measures (说明中的指标).",
    (NarrativeMetric.Other, "OTHER", "Something else; see the label (其他)."),
    (NarrativeMetric.IncomeTotal, "INCOME_TOTAL", "Income (收入预算)."),
    (NarrativeMetric.ExpenditureTotal, "EXPENDITURE_TOTAL", "Expenditure (支出预算)."),
    (NarrativeMetric.GeneralPublicBudgetAppropriation, "GENERAL_PUBLIC_BUDGET_APPROPRIATION", "一般公共预算拨款."),
    (NarrativeMetric.GovernmentFundAppropriation, "GOVERNMENT_FUND_APPROPRIATION", "政府性基金预算拨款."),
    (NarrativeMetric.StateCapitalAppropriation, "STATE_CAPITAL_APPROPRIATION", "国有资本经营预算拨款."),
    (NarrativeMetric.CarryOver, "CARRY_OVER", "上年结转."),
    (NarrativeMetric.BasicExpenditure, "BASIC_EXPENDITURE", "基本支出."),
    (NarrativeMetric.ProjectExpenditure, "PROJECT_EXPENDITURE", "项目支出."),
    (NarrativeMetric.FunctionalCategoryExpenditure, "FUNCTIONAL_CATEGORY_EXPENDITURE", "Expenditure of one 类, e.g. 一般公共服务支出."),
    (NarrativeMetric.ThreePublicCostsTotal, "THREE_PUBLIC_COSTS_TOTAL", "\"三公\"经费."),
    (NarrativeMetric.OverseasTravel, "OVERSEAS_TRAVEL", "因公出国（境）费."),
    (NarrativeMetric.OfficialReception, "OFFICIAL_RECEPTION", "公务接待费."),
    (NarrativeMetric.VehicleOperation, "VEHICLE_OPERATION", "公务用车运行维护费."),
    (NarrativeMetric.VehiclePurchase, "VEHICLE_PURCHASE", "公务用车购置费."),
    (NarrativeMetric.OperatingCosts, "OPERATING_COSTS", "机关运行经费."),
    (NarrativeMetric.ProcurementTotal, "PROCUREMENT_TOTAL", "政府采购预算总额."),
    (NarrativeMetric.PerformanceManagedProjects, "PERFORMANCE_MANAGED_PROJECTS", "绩效目标管理涉及的项目支出."),
    (NarrativeMetric.GeneralPublicBudgetExpenditure, "GENERAL_PUBLIC_BUDGET_EXPENDITURE", "一般公共预算财政拨款支出."),
    (NarrativeMetric.GovernmentFundExpenditure, "GOVERNMENT_FUND_EXPENDITURE", "政府性基金预算支出."),
    (NarrativeMetric.StateCapitalExpenditure, "STATE_CAPITAL_EXPENDITURE", "国有资本经营预算支出."));
