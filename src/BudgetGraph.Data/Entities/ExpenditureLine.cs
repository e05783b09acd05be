using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>A functional subject row (功能分类科目 类/款/项) of an expenditure table, flat, with its parent code.</summary>
public class ExpenditureLine
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    /// <summary>The budget's unit, denormalised (as on projects and indicators) so whole-dataset reads need no join.</summary>
    public int UnitId { get; set; }
    /// <summary>The budget's fiscal year, denormalised for the same reason.</summary>
    public int FiscalYear { get; set; }
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    public FunctionalTableKind TableKind { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public SubjectLevel Level { get; set; }
    public string? ParentCode { get; set; }
    public long? Total { get; set; }
    public long? Basic { get; set; }
    public long? Project { get; set; }
    public int SourceLine { get; set; }
}
