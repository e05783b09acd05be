namespace BudgetGraph.Parsing.Model;

/// <summary>
/// Everything read from one disclosure text (部门预算公开), exactly as published.
/// Amounts are in 万元 (10,000 CNY) as <see cref="decimal"/>; <c>null</c> means the cell was empty.
/// Every row carries the 1-based line it was read from, so the importer can record provenance.
/// </summary>
public sealed record Disclosure
{
    public required SourceDocument Source { get; init; }
    public required UnitInfo Unit { get; init; }

    /// <summary>The fiscal year the document labels itself with (titles such as "2024年部门预算").</summary>
    public required int FiscalYear { get; init; }

    /// <summary>Line of the text the fiscal year was taken from.</summary>
    public int FiscalYearLine { get; init; }

    /// <summary>
    /// Years that the document's own texts plan for (e.g. "2025年全年补贴发放" inside a card labelled 2024).
    /// The importer compares them with <see cref="FiscalYear"/> and records a finding when they disagree.
    /// </summary>
    public IReadOnlyList<YearMention> YearMentions { get; init; } = [];

    /// <summary>Figures stated in the narrative sections 二–五, with their prior-year change where one is given.</summary>
    public IReadOnlyList<NarrativeStatement> NarrativeStatements { get; init; } = [];

    /// <summary>财政拨款收支总表 and 部门收支总表.</summary>
    public IReadOnlyList<BudgetSummaryTable> SummaryTables { get; init; } = [];

    /// <summary>Tables of functional subjects (表二 一般公共预算财政拨款支出, 表八 部门支出总表, 政府性基金, 国有资本经营).</summary>
    public IReadOnlyList<FunctionalExpenditureTable> FunctionalTables { get; init; } = [];

    /// <summary>基本支出预算表 (economic classification), when present.</summary>
    public EconomicExpenditureTable? EconomicTable { get; init; }

    /// <summary>部门收入总表, possibly only partly preserved.</summary>
    public DepartmentIncomeTable? IncomeTable { get; init; }

    /// <summary>三公经费 table.</summary>
    public ThreePublicCosts? ThreePublicCosts { get; init; }

    /// <summary>政府采购 tables (an empty one with its "no data" remark is a fact too).</summary>
    public IReadOnlyList<ProcurementTable> ProcurementTables { get; init; } = [];

    /// <summary>整体绩效目标表.</summary>
    public OverallPerformanceGoal? OverallPerformance { get; init; }

    /// <summary>Every project performance card (项目绩效目标表 / 专项绩效目标申报表 / 一般性项目绩效目标表 …).</summary>
    public IReadOnlyList<ProjectCard> Projects { get; init; } = [];

    /// <summary>Every table block as it was read (title, rows of cells with their lines), typed or not.</summary>
    public IReadOnlyList<RawTable> RawTables { get; init; } = [];

    /// <summary>Tables announced (目录, 表N numbering, 说明), found, missing and printed twice.</summary>
    public TableInventory Inventory { get; init; } = new();

    /// <summary>Things the parser noticed but could still read (a table restarting without its header, …).</summary>
    public IReadOnlyList<ParseNote> Notes { get; init; } = [];
}
