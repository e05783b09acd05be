using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>A row of 部门收入总表: a functional subject with its income by source.</summary>
public class IncomeLine
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
    public long? GeneralPublicBudget { get; set; }
    public long? GovernmentFund { get; set; }
    public long? StateCapital { get; set; }
    /// <summary>Every other source (财政专户, 事业收入, 上级补助, …) added up, without 上年结转; null when all were empty.</summary>
    public long? OtherSources { get; set; }
    /// <summary>上年结转 column; null when empty.</summary>
    public long? CarryOver { get; set; }
    public int SourceLine { get; set; }
}
