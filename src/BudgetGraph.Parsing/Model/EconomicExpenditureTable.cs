namespace BudgetGraph.Parsing.Model;

/// <summary>基本支出预算表: economic subjects (经济分类科目) with personnel (人员经费) and public (日常公用经费) columns.</summary>
public sealed record EconomicExpenditureTable
{
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    public EconomicSubjectRow? Total { get; init; }
    public IReadOnlyList<EconomicSubjectRow> Rows { get; init; } = [];
    public string? Remark { get; init; }
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
}

/// <summary>One economic subject row; <see cref="Code"/> is empty for the 合计 row.</summary>
public sealed record EconomicSubjectRow(string Code, string Name, decimal? Total, decimal? Personnel, decimal? Public, int Line);
