using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

public enum Classification
{
    /// <summary>功能分类科目.</summary>
    Functional,
    /// <summary>经济分类科目.</summary>
    Economic,
}

/// <summary>The classification catalogue: every code seen in any disclosure, with its Chinese and English names.</summary>
public class Subject
{
    public int Id { get; set; }
    public Classification Classification { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? EnglishName { get; set; }
    public SubjectLevel Level { get; set; }
    public string? ParentCode { get; set; }
}
