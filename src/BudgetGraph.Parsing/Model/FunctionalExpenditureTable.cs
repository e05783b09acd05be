namespace BudgetGraph.Parsing.Model;

public enum FunctionalTableKind
{
    /// <summary>一般公共预算财政拨款支出预算表 (表二).</summary>
    GeneralPublicBudgetExpenditure,
    /// <summary>部门支出总表 (表八).</summary>
    DepartmentExpenditure,
    /// <summary>政府性基金预算支出表 (表五).</summary>
    GovernmentFundExpenditure,
    /// <summary>国有资本经营预算支出表.</summary>
    StateCapitalExpenditure,
}

/// <summary>A table of functional subjects (功能分类科目 类/款/项) with total, basic and project columns.</summary>
public sealed record FunctionalExpenditureTable
{
    public required FunctionalTableKind Kind { get; init; }
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    /// <summary>The 合计 row, when present.</summary>
    public SubjectAmounts? Total { get; init; }
    public int? TotalLine { get; init; }
    public IReadOnlyList<FunctionalSubjectRow> Rows { get; init; } = [];
    /// <summary>A remark under the table, e.g. "本单位无政府性基金预算收支，故此表无数据。".</summary>
    public string? Remark { get; init; }
    /// <summary>True when the file ends inside the table before its rows add up to its 合计 (see Completeness/CutTables).</summary>
    public bool IsPartial { get; init; }
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
}

/// <summary>Total / basic (基本支出) / project (项目支出) amounts of a row.</summary>
public sealed record SubjectAmounts(decimal? Total, decimal? Basic, decimal? Project);

/// <summary>One subject row: code of 3/5/7 digits gives its level 类/款/项.</summary>
public sealed record FunctionalSubjectRow(string Code, string Name, decimal? Total, decimal? Basic, decimal? Project, int Line)
{
    public SubjectLevel Level => SubjectCodes.LevelOf(Code);
}
