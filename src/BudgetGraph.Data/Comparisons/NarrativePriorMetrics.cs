using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// Which figure of a disclosure a narrative metric speaks of, so the narrative's derived prior year can be
/// checked against the previous year's disclosure. Metrics without a counterpart are not checked.
/// </summary>
public static class NarrativePriorMetrics
{
    public static long? DisclosedValue(NarrativeMetric metric, Budget budget) => metric switch
    {
        NarrativeMetric.IncomeTotal => budget.IncomeTotal,
        NarrativeMetric.ExpenditureTotal => budget.ExpenditureTotal,
        NarrativeMetric.GeneralPublicBudgetAppropriation => budget.GeneralPublicBudgetIncome,
        NarrativeMetric.GovernmentFundAppropriation => budget.GovernmentFundIncome,
        NarrativeMetric.StateCapitalAppropriation => budget.StateCapitalIncome,
        NarrativeMetric.BasicExpenditure => budget.BasicExpenditure,
        NarrativeMetric.ProjectExpenditure => budget.ProjectExpenditure,
        NarrativeMetric.ThreePublicCostsTotal => budget.ThreePublicCosts?.Total,
        NarrativeMetric.OverseasTravel => budget.ThreePublicCosts?.OverseasTravel,
        NarrativeMetric.OfficialReception => budget.ThreePublicCosts?.OfficialReception,
        NarrativeMetric.VehicleOperation => budget.ThreePublicCosts?.VehicleOperation,
        NarrativeMetric.VehiclePurchase => budget.ThreePublicCosts?.VehiclePurchase,
        NarrativeMetric.ProcurementTotal => budget.ProcurementTotal,
        _ => null,
    };

    public static bool HasCounterpart(NarrativeMetric metric) => metric is
        NarrativeMetric.IncomeTotal or NarrativeMetric.ExpenditureTotal or NarrativeMetric.GeneralPublicBudgetAppropriation
        or NarrativeMetric.GovernmentFundAppropriation or NarrativeMetric.StateCapitalAppropriation
        or NarrativeMetric.BasicExpenditure or NarrativeMetric.ProjectExpenditure or NarrativeMetric.ThreePublicCostsTotal
        or NarrativeMetric.OverseasTravel or NarrativeMetric.OfficialReception or NarrativeMetric.VehicleOperation
        or NarrativeMetric.VehiclePurchase or NarrativeMetric.ProcurementTotal;
}
