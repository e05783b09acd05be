namespace BudgetGraph.Data.Entities;

/// <summary>A row of 政府采购预算明细表.</summary>
public class ProcurementLine
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    public string? Code { get; set; }
    public string Name { get; set; } = "";
    public long? Total { get; set; }
    public long? GeneralPublicBudget { get; set; }
    public int SourceLine { get; set; }
}
