namespace BudgetGraph.Parsing.Model;

/// <summary>Income sources, the columns of 部门收入总表.</summary>
public enum FundSource
{
    GeneralPublicBudget,   // 一般公共预算财政拨款收入
    GovernmentFund,        // 政府性基金预算拨款收入
    StateCapital,          // 国有资本经营预算拨款收入
    FiscalSpecialAccount,  // 财政专户管理资金收入
    Business,              // 事业收入
    SuperiorSubsidy,       // 上级补助收入
    AffiliatedRemittance,  // 附属单位上缴收入
    Operating,             // 事业单位经营收入
    Other,                 // 其他收入
    CarryOver,             // 上年结转
    FiscalAppropriation,   // 财政拨款收入: one column for all three fiscal appropriations (Shanghai's 收入预算总表)
}

/// <summary>部门收入总表. <see cref="IsPartial"/> is true when only part of it survived in the text.</summary>
public sealed record DepartmentIncomeTable
{
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    public bool IsPartial { get; init; }
    public IncomeSubjectRow? Total { get; init; }
    public IReadOnlyList<IncomeSubjectRow> Rows { get; init; } = [];
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
}

/// <summary>One row: total and the amount per income source (absent key or null value: empty cell).</summary>
public sealed record IncomeSubjectRow(string Code, string Name, decimal? Total, IReadOnlyDictionary<FundSource, decimal?> BySource, int Line);
