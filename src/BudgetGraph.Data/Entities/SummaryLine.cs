using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>A line of 财政拨款收支总表 or 部门收支总表.</summary>
public class SummaryLine
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    public SummaryTableKind TableKind { get; set; }
    public SummarySide Side { get; set; }
    public SummaryLineRole Role { get; set; }
    public string Label { get; set; } = "";
    public long? Amount { get; set; }
    public long? GeneralPublicBudget { get; set; }
    public long? GovernmentFund { get; set; }
    public long? StateCapital { get; set; }
    public int SourceLine { get; set; }
}
