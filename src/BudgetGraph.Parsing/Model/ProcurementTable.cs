namespace BudgetGraph.Parsing.Model;

/// <summary>政府采购预算明细表. An empty table keeps its remark ("本单位无政府采购预算支出，故此表无数据。").</summary>
public sealed record ProcurementTable
{
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    public required int StartLine { get; init; }
    public decimal? Total { get; init; }
    public IReadOnlyList<ProcurementRow> Rows { get; init; } = [];
    public string? Remark { get; init; }
    /// <summary>The unit of measure the table prints ("元", "万元", "千元"); null when it prints none (see the parser notes).
    /// Amounts are always in 万元, converted exactly from this unit.</summary>
    public string? PrintedUnit { get; init; }
}

/// <summary>One procurement row, e.g. code "C", name "服务", total 954.58, of which general public budget 954.58.</summary>
public sealed record ProcurementRow(string? Code, string Name, decimal? Total, decimal? GeneralPublicBudget, int Line);
