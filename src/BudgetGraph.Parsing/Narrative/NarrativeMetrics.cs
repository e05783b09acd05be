using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// Tells what a narrative figure measures from its label ("一般公共服务支出预算", "“三公”经费预算" …) and the topic of
/// its paragraph ("收入预算", "支出预算", "绩效目标设置情况" …). The more specific words are tried first.
/// </summary>
internal static class NarrativeMetrics
{
    public static NarrativeMetric Classify(string label, string? topic)
    {
        topic ??= "";
        var isExpenditure = label.Contains("支出");

        if (label.Contains("三公")) return NarrativeMetric.ThreePublicCostsTotal;
        if (label.Contains("因公出国")) return NarrativeMetric.OverseasTravel;
        if (label.Contains("公务接待")) return NarrativeMetric.OfficialReception;
        if (label.Contains("公务用车运行")) return NarrativeMetric.VehicleOperation;
        if (label.Contains("公务用车购置")) return NarrativeMetric.VehiclePurchase;
        if (label.Contains("运行经费")) return NarrativeMetric.OperatingCosts;
        if (topic.Contains("绩效")) return NarrativeMetric.PerformanceManagedProjects;
        if (label.Contains("政府采购")) return label.Contains("总额") ? NarrativeMetric.ProcurementTotal : NarrativeMetric.Other;
        if (label.Contains("上年结转")) return NarrativeMetric.CarryOver;
        if (label.Contains("基本支出")) return NarrativeMetric.BasicExpenditure;
        if (label.Contains("项目支出")) return NarrativeMetric.ProjectExpenditure;
        // In the list under 支出预算 each "…支出(预算)" is a 类 of the functional classification.
        if (topic.Contains("支出") && isExpenditure && label is not ("支出" or "支出预算")) return NarrativeMetric.FunctionalCategoryExpenditure;
        if (label.Contains("一般公共预算"))
            return isExpenditure ? NarrativeMetric.GeneralPublicBudgetExpenditure : NarrativeMetric.GeneralPublicBudgetAppropriation;
        if (label.Contains("政府性基金"))
            return isExpenditure ? NarrativeMetric.GovernmentFundExpenditure : NarrativeMetric.GovernmentFundAppropriation;
        if (label.Contains("国有资本经营"))
            return isExpenditure ? NarrativeMetric.StateCapitalExpenditure : NarrativeMetric.StateCapitalAppropriation;
        if (label is "收入" or "收入预算" or "总收入") return NarrativeMetric.IncomeTotal;
        if (label is "支出" or "支出预算" or "总支出") return NarrativeMetric.ExpenditureTotal;
        if (label.Contains("预算数") || label.Contains("预算总额") || label.Contains("预算总量"))
        {
            if (topic.Contains("收入")) return NarrativeMetric.IncomeTotal;
            if (topic.Contains("支出")) return NarrativeMetric.ExpenditureTotal;
        }
        return NarrativeMetric.Other;
    }
}
