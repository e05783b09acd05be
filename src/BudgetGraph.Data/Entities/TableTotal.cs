namespace BudgetGraph.Data.Entities;

/// <summary>
/// One figure of a table's 合计 row, column by column (总计, 基本支出, 项目支出, 人员经费, 日常公用经费, or an income source
/// of 部门收入总表), exactly as printed. Kept apart from the subject lines so sums over lines never count a total twice,
/// and so a 合计 that disagrees with another table (003: 表二 basic 1,225.78 vs 表八 1,225.79) is still stored as published.
/// </summary>
public class TableTotal
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    /// <summary>The column as headed in the table, e.g. "基本支出".</summary>
    public string Column { get; set; } = "";
    public long? Amount { get; set; }
    public int SourceLine { get; set; }
}
