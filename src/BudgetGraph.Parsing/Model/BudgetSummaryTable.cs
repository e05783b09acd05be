namespace BudgetGraph.Parsing.Model;

public enum SummaryTableKind
{
    /// <summary>财政拨款收支总表 (表一).</summary>
    FiscalAppropriation,
    /// <summary>部门收支总表 (表六).</summary>
    Department,
}

public enum SummarySide { Income, Expenditure }

/// <summary>Role of a line in a summary table.</summary>
public enum SummaryLineRole
{
    /// <summary>An ordinary line: a fund type (一般公共预算资金) or a 类 of expenditure (一般公共服务支出).</summary>
    Item,
    /// <summary>一、本年收入 / 一、本年支出.</summary>
    CurrentYear,
    /// <summary>二、上年结转 (income) and its fund-type lines.</summary>
    CarryOver,
    /// <summary>二、结转下年 (expenditure).</summary>
    CarryForward,
    /// <summary>收入合计 / 支出合计 / 合计.</summary>
    Total,
}

/// <summary>A 收支总表: income lines on the left, expenditure lines on the right, as separate lines.</summary>
public sealed record BudgetSummaryTable
{
    public required SummaryTableKind Kind { get; init; }
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    public IReadOnlyList<SummaryLine> Lines { get; init; } = [];
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
}

/// <summary>
/// One line of a summary table. <see cref="Amount"/> is the 预算数 / 合计 column; the fund-type columns are filled
/// where the table has them (表一's expenditure side).
/// </summary>
public sealed record SummaryLine
{
    public required SummarySide Side { get; init; }
    public required SummaryLineRole Role { get; init; }
    public required string Label { get; init; }
    /// <summary>The 预算数 / 合计 column.</summary>
    public decimal? Amount { get; init; }
    public decimal? GeneralPublicBudget { get; init; }
    public decimal? GovernmentFund { get; init; }
    public decimal? StateCapital { get; init; }
    public required int Line { get; init; }
}
