using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// What the performance tables of a document yield, in either layout (tab-separated rows or one cell per line).
/// <see cref="YearLabel"/> is the year the cards label their budget with ("2024年预算"), for documents that have
/// no other title; <see cref="UnitLabels"/> are the unit names the tables print (编制单位 / 业务主管部门 / 部门名称).
/// </summary>
public sealed record PerformanceResult(
    OverallPerformanceGoal? Overall,
    IReadOnlyList<ProjectCard> Projects,
    IReadOnlyList<RawTable> RawTables,
    int? YearLabel,
    int YearLabelLine,
    IReadOnlyList<string> UnitLabels,
    IReadOnlyList<ParseNote> Notes);
