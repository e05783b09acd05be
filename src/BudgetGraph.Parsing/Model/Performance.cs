namespace BudgetGraph.Parsing.Model;

/// <summary>整体绩效目标表: the unit's overall goal for the year and its indicators.</summary>
public sealed record OverallPerformanceGoal
{
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    /// <summary>The unit as the table names it, e.g. "307-重庆市南岸区人民政府南坪街道办事处".</summary>
    public string? UnitLabel { get; init; }
    /// <summary>部门支出预算数 / 部门支出预算总量.</summary>
    public decimal? Budget { get; init; }
    /// <summary>The unit of measure the table prints for its amounts (see <see cref="ProjectCard.PrintedUnit"/>); null when it prints none.</summary>
    public string? PrintedUnit { get; init; }
    public string? Goal { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
}

/// <summary>One project performance card (项目绩效目标表 / 专项绩效目标申报表 / 一般性项目绩效目标表 / 项目支出绩效目标表).</summary>
public sealed record ProjectCard
{
    /// <summary>The card's title line, e.g. "2025年一般性项目绩效目标表（一级项目）".</summary>
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    /// <summary>True for a card printed with no content (e.g. an empty 重点专项 table); see <see cref="Remark"/>.</summary>
    public bool IsEmpty { get; init; }
    public string? Remark { get; init; }
    public string? Name { get; init; }
    /// <summary>Project code where stated, e.g. 50010922T000000095557.</summary>
    public string? Code { get; init; }
    /// <summary>项目分类, e.g. 一般性项目.</summary>
    public string? Category { get; init; }
    /// <summary>(业务)主管部门.</summary>
    public string? Department { get; init; }
    /// <summary>当年预算 / 2024年预算.</summary>
    public decimal? Budget { get; init; }
    /// <summary>
    /// The unit of measure the card prints for its amounts: its unit line ("单位：万元"), else the unit its budget's label
    /// prints ("当年预算（元）"), else a split's ("本级安排（万元）"); null when it prints none (a parser note then states
    /// the unit assumed). Amounts are in 万元 whatever it is.
    /// </summary>
    public string? PrintedUnit { get; init; }
    /// <summary>Splits of the budget as labelled, e.g. 区级支出 156.83, 本级安排 100.00, 上级补助 (empty).</summary>
    public IReadOnlyList<BudgetSplit> Splits { get; init; } = [];
    public decimal? ExecutionRateWeight { get; init; }
    public string? Overview { get; init; }
    public string? Basis { get; init; }
    public string? AnnualGoal { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
}

public sealed record BudgetSplit(string Label, decimal? Amount, int Line);

/// <summary>
/// One performance indicator. Levels come from columns (一级/二级/三级指标) or from a "产出-数量-…" prefix of the name.
/// <see cref="Operator"/> is normalised to one of ≥ ≤ = &gt; &lt; or 定性 (qualitative); the raw form is kept.
/// </summary>
public sealed record Indicator
{
    /// <summary>
    /// The indicator's own (leaf) name: the 三级指标 cell where the table has level columns, otherwise the 指标 /
    /// 指标名称 cell without a level prefix ("产出-数量-购买电脑数量" → "购买电脑数量"). See <see cref="RawName"/>.
    /// </summary>
    public required string Name { get; init; }
    /// <summary>The name cell exactly as printed (with its "产出-数量-" prefix, if any); null when not recorded.</summary>
    public string? RawName { get; init; }
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Level3 { get; init; }
    /// <summary>Weight in percent points ("20%" and "20" both give 20).</summary>
    public decimal? Weight { get; init; }
    public string? UnitOfMeasure { get; init; }
    public string? Operator { get; init; }
    public string? OperatorRaw { get; init; }
    public decimal? NumericTarget { get; init; }
    /// <summary>The target as written when it is not a plain number (e.g. 良好, 明显改善), else null.</summary>
    public string? TextTarget { get; init; }
    /// <summary>是否核心指标; null when the table has no such column.</summary>
    public bool? IsCore { get; init; }
    public required int Line { get; init; }
}
