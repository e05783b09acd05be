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
    IReadOnlyList<ParseNote> Notes)
{
    /// <summary>
    /// Years the cards' own texts plan for (项目概况 / 当年绩效目标 / 当年整体绩效目标), e.g. "2025年全年补贴发放" in a
    /// document labelled 2024. The importer merges them with the narrative's mentions into Disclosure.YearMentions.
    /// </summary>
    public IReadOnlyList<YearMention> YearMentions { get; init; } = [];

    /// <summary>
    /// The unit each performance table read prints for its amounts, by title line (null: it prints none), a table continued
    /// under a repeated title included: <see cref="ProjectCard.PrintedUnit"/> of every block, for the inventory.
    /// </summary>
    public IReadOnlyDictionary<int, string?> PrintedUnits { get; init; } = new Dictionary<int, string?>();
}
