namespace BudgetGraph.Data.Entities;

/// <summary>
/// One unit's budget for one fiscal year, imported from one <see cref="SourceDocument"/>.
/// Totals are in stored fixed-point (see <see cref="FixedPoint"/>); null where the disclosure does not state them.
/// </summary>
public class Budget
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public int FiscalYear { get; set; }
    /// <summary>The unit's district (<see cref="Unit.DistrictName"/>), denormalised as <see cref="Indicator.DistrictName"/>.</summary>
    public string? DistrictName { get; set; }
    public int SourceDocumentId { get; set; }
    public SourceDocument SourceDocument { get; set; } = null!;

    /// <summary>收入合计 (部门收支总表, else 财政拨款收支总表).</summary>
    public long? IncomeTotal { get; set; }
    /// <summary>支出合计.</summary>
    public long? ExpenditureTotal { get; set; }
    /// <summary>基本支出 (合计 row of 部门支出总表, else of 表二).</summary>
    public long? BasicExpenditure { get; set; }
    /// <summary>项目支出.</summary>
    public long? ProjectExpenditure { get; set; }
    /// <summary>Income of the year by fund type (财政拨款收支总表 / 部门收支总表).</summary>
    public long? GeneralPublicBudgetIncome { get; set; }
    public long? GovernmentFundIncome { get; set; }
    public long? StateCapitalIncome { get; set; }
    /// <summary>上年结转.</summary>
    public long? CarryOver { get; set; }
    /// <summary>结转下年.</summary>
    public long? CarryForward { get; set; }
    /// <summary>政府采购预算总额.</summary>
    public long? ProcurementTotal { get; set; }
    /// <summary>部门支出预算数 of the 整体绩效目标表.</summary>
    public long? PerformanceBudget { get; set; }
    /// <summary>
    /// The expenditure the API serves as <c>totals.expenditure</c> (filter and sort <c>expenditure</c>): the 支出合计 of
    /// the financial tables (<see cref="ExpenditureTotal"/>); a disclosure with only performance tables states none, and
    /// then its 部门支出预算总量 (<see cref="PerformanceBudget"/>) is the one expenditure figure it prints — which of the
    /// two, <c>totals.source</c> says. Stored, with its own indexes, so the <c>expenditure</c> filter and sort read the very value that is shown; computed
    /// by the database from the two (<see cref="ExpenditureSql"/>): read from it, never written (a value set here before
    /// a save is not stored).
    /// </summary>
    public long? Expenditure { get; set; }

    /// <summary>
    /// How many indicators (on its cards and of its overall goal) the table holds for this budget, kept by the importer
    /// (<see cref="Import.BudgetRowCounts"/>): the count of the indicators of the units a filter keeps sums these over their
    /// budgets instead of counting every indicator. Derived, never printed by a disclosure nor served as such.
    /// </summary>
    public int IndicatorRows { get; set; }

    /// <summary>
    /// How many of those indicators are marked core (是否核心指标 是), kept with <see cref="IndicatorRows"/>: a district's
    /// core indicators are counted by summing these over its budgets. Derived, never printed nor served as such.
    /// </summary>
    public int CoreIndicatorRows { get; set; }

    /// <summary>The column <see cref="Expenditure"/>'s definition, the same SQL on SQLite and SQL Server.</summary>
    public const string ExpenditureSql = "COALESCE(\"ExpenditureTotal\", \"PerformanceBudget\")";
    /// <summary>当年整体绩效目标.</summary>
    public string? OverallGoal { get; set; }

    public List<DisclosedTable> Tables { get; set; } = [];
    public List<SummaryLine> SummaryLines { get; set; } = [];
    public List<ExpenditureLine> ExpenditureLines { get; set; } = [];
    public List<EconomicLine> EconomicLines { get; set; } = [];
    public List<IncomeLine> IncomeLines { get; set; } = [];
    public ThreePublicCosts? ThreePublicCosts { get; set; }
    public List<ProcurementLine> ProcurementLines { get; set; } = [];
    public List<NarrativeStatement> NarrativeStatements { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
    /// <summary>Indicators of the overall goal (整体绩效目标表); project indicators hang off their project.</summary>
    public List<Indicator> OverallIndicators { get; set; } = [];
    public List<DataQualityFinding> Findings { get; set; } = [];
    public List<ParserNote> ParserNotes { get; set; } = [];
    /// <summary>Tables the disclosure announces (目录, 表N, 说明), each with the table found for it or none.</summary>
    public List<TableAnnouncement> TableAnnouncements { get; set; } = [];
    /// <summary>The 合计 rows of the tables, one figure per column (see <see cref="TableTotal"/>).</summary>
    public List<TableTotal> TableTotals { get; set; } = [];
}
