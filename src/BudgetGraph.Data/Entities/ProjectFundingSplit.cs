namespace BudgetGraph.Data.Entities;

/// <summary>A labelled split of a project's budget (区级支出, 本级安排, 上级补助, 补助街镇 …).</summary>
public class ProjectFundingSplit
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public string Label { get; set; } = "";
    public long? Amount { get; set; }
    public int SourceLine { get; set; }
}
