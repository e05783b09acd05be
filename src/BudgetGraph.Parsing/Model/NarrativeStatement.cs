namespace BudgetGraph.Parsing.Model;

/// <summary>What a narrative figure measures. <see cref="Other"/> keeps the raw label in <see cref="NarrativeStatement.Label"/>.</summary>
public enum NarrativeMetric
{
    Other,
    IncomeTotal,                       // 收入 / 收入预算
    ExpenditureTotal,                  // 支出 / 支出预算
    GeneralPublicBudgetAppropriation,  // 一般公共预算(财政)拨款
    GovernmentFundAppropriation,       // 政府性基金预算(财政)拨款
    StateCapitalAppropriation,         // 国有资本经营预算(财政)拨款
    CarryOver,                         // 上年结转
    BasicExpenditure,                  // 基本支出
    ProjectExpenditure,                // 项目支出
    FunctionalCategoryExpenditure,     // a 类 of the functional classification, e.g. 一般公共服务支出预算2085.02万元
    ThreePublicCostsTotal,             // "三公"经费
    OverseasTravel,                    // 因公出国（境）费
    OfficialReception,                 // 公务接待费
    VehicleOperation,                  // 公务用车运行维护费
    VehiclePurchase,                   // 公务用车购置费
    OperatingCosts,                    // 机关运行经费
    ProcurementTotal,                  // 政府采购预算总额
    PerformanceManagedProjects,        // 绩效目标管理涉及的项目支出
    GeneralPublicBudgetExpenditure,    // 一般公共预算财政拨款支出 (added after the first contract; appended so existing values keep their numbers)
    GovernmentFundExpenditure,         // 政府性基金预算(拨款)支出
    StateCapitalExpenditure,           // 国有资本经营预算支出
}

/// <summary>Direction of a stated change versus the previous year.</summary>
public enum ChangeDirection { Increase, Decrease, Flat }

/// <summary>
/// One figure of the narrative, e.g. "收入比2023年减少355.71万元，主要是…".
/// <see cref="Amount"/> is this year's figure when the sentence states it; <see cref="Change"/> is signed
/// (减少 → negative, 持平 → 0) and null when the sentence states no change.
/// </summary>
public sealed record NarrativeStatement
{
    public required NarrativeMetric Metric { get; init; }
    /// <summary>The measured thing as written, e.g. "一般公共预算拨款".</summary>
    public required string Label { get; init; }
    public decimal? Amount { get; init; }
    public ChangeDirection? Direction { get; init; }
    public decimal? Change { get; init; }
    /// <summary>The year compared against (e.g. 2023), when stated.</summary>
    public int? ComparedYear { get; init; }
    public string? Reason { get; init; }
    /// <summary>The whole sentence the figure came from.</summary>
    public required string Sentence { get; init; }
    /// <summary>Narrative section, e.g. "二", "三", "四", "五".</summary>
    public string? Section { get; init; }
    public required int Line { get; init; }
}
