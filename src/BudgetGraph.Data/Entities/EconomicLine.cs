using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>An economic subject row (经济分类科目) of the basic expenditure table.</summary>
public class EconomicLine
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public SubjectLevel Level { get; set; }
    public string? ParentCode { get; set; }
    public long? Total { get; set; }
    /// <summary>人员经费.</summary>
    public long? Personnel { get; set; }
    /// <summary>日常公用经费.</summary>
    public long? Public { get; set; }
    public int SourceLine { get; set; }
}
