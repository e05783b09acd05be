using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Import;

/// <summary>
/// The headline figures of a budget (万元), each taken from the most authoritative table the disclosure has:
/// <list type="bullet">
/// <item>expenditure total / basic / project: 合计 row of 部门支出总表 (表八, all funds), else of 一般公共预算财政拨款支出表
/// (表二), else the 支出合计 of 部门收支总表, else of 财政拨款收支总表 (total only);</item>
/// <item>income total: 收入合计 of 部门收支总表, else of 财政拨款收支总表;</item>
/// <item>income of the year by fund type, carry-over (上年结转) and carry-forward (结转下年): 财政拨款收支总表 (表一), whose
/// income side is split by fund type, else 部门收支总表;</item>
/// <item>procurement: the 政府采购 table's total (an empty table with a "no data" remark means 0), else the narrative's
/// 政府采购预算总额;</item>
/// <item>performance budget and overall goal: 整体绩效目标表.</item>
/// </list>
/// Disagreements between these tables are not resolved here: the reconciliation rules record them as findings.
/// </summary>
public sealed record BudgetTotals
{
    public decimal? IncomeTotal { get; init; }
    public decimal? ExpenditureTotal { get; init; }
    public decimal? BasicExpenditure { get; init; }
    public decimal? ProjectExpenditure { get; init; }
    public decimal? GeneralPublicBudgetIncome { get; init; }
    public decimal? GovernmentFundIncome { get; init; }
    public decimal? StateCapitalIncome { get; init; }
    public decimal? CarryOver { get; init; }
    public decimal? CarryForward { get; init; }
    public decimal? ProcurementTotal { get; init; }
    public decimal? PerformanceBudget { get; init; }

    public static BudgetTotals From(Disclosure disclosure)
    {
        var table8 = disclosure.FunctionalTables.FirstOrDefault(t => t.Kind == FunctionalTableKind.DepartmentExpenditure && t.Total is not null);
        var table2 = disclosure.FunctionalTables.FirstOrDefault(t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Total is not null);
        var expenditureTable = table8 ?? table2;
        var department = disclosure.SummaryTables.FirstOrDefault(t => t.Kind == SummaryTableKind.Department);
        var fiscal = disclosure.SummaryTables.FirstOrDefault(t => t.Kind == SummaryTableKind.FiscalAppropriation);
        var byFundType = fiscal ?? department;

        return new BudgetTotals
        {
            ExpenditureTotal = expenditureTable?.Total?.Total
                ?? TotalLine(department, SummarySide.Expenditure) ?? TotalLine(fiscal, SummarySide.Expenditure),
            BasicExpenditure = expenditureTable?.Total?.Basic,
            ProjectExpenditure = expenditureTable?.Total?.Project,
            IncomeTotal = TotalLine(department, SummarySide.Income) ?? TotalLine(fiscal, SummarySide.Income),
            GeneralPublicBudgetIncome = CurrentYearFundLine(byFundType, "一般公共预算"),
            GovernmentFundIncome = CurrentYearFundLine(byFundType, "政府性基金"),
            StateCapitalIncome = CurrentYearFundLine(byFundType, "国有资本经营"),
            CarryOver = byFundType?.Lines.FirstOrDefault(l => l.Side == SummarySide.Income && l.Role == SummaryLineRole.CarryOver)?.Amount,
            CarryForward = byFundType?.Lines.FirstOrDefault(l => l.Side == SummarySide.Expenditure && l.Role == SummaryLineRole.CarryForward)?.Amount,
            ProcurementTotal = ProcurementFrom(disclosure),
            PerformanceBudget = disclosure.OverallPerformance?.Budget,
        };
    }

    private static decimal? TotalLine(BudgetSummaryTable? table, SummarySide side) =>
        table?.Lines.LastOrDefault(l => l.Side == side && l.Role == SummaryLineRole.Total)?.Amount;

    // Fund-type lines of the current year are the income side's Item lines (the carry-over's own fund-type lines
    // have the CarryOver role).
    private static decimal? CurrentYearFundLine(BudgetSummaryTable? table, string fundType) =>
        table?.Lines.FirstOrDefault(l => l.Side == SummarySide.Income && l.Role == SummaryLineRole.Item && l.Label.Contains(fundType))?.Amount;

    private static decimal? ProcurementFrom(Disclosure disclosure)
    {
        if (disclosure.ProcurementTables.Count > 0)
        {
            var tables = disclosure.ProcurementTables;
            if (tables.Any(t => t.Total is not null)) return tables.Sum(t => t.Total ?? 0m);
            if (tables.All(t => t.Rows.Count == 0 && t.Remark is not null)) return 0m;   // "故此表无数据"
        }
        return disclosure.NarrativeStatements.FirstOrDefault(n => n.Metric == NarrativeMetric.ProcurementTotal && n.Amount is not null)?.Amount;
    }
}
