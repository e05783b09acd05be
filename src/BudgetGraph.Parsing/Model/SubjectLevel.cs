namespace BudgetGraph.Parsing.Model;

/// <summary>Level of a classification code: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum SubjectLevel { Category = 1, Section = 2, Item = 3 }
