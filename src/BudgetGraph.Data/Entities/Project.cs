namespace BudgetGraph.Data.Entities;

/// <summary>A project performance card (项目绩效目标): the project, its budget and its indicators.</summary>
public class Project
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public int TableId { get; set; }
    public DisclosedTable Table { get; set; } = null!;
    /// <summary>Position of the card in its document (1-based).</summary>
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string? Code { get; set; }
    public string? Category { get; set; }
    public string? Department { get; set; }
    /// <summary>当年预算 in stored fixed-point 万元.</summary>
    public long? Amount { get; set; }
    public long? ExecutionRateWeight { get; set; }
    public string? Overview { get; set; }
    public string? Basis { get; set; }
    public string? Goal { get; set; }
    /// <summary>Denormalised from the budget so cross-budget filters need no join.</summary>
    public int UnitId { get; set; }
    public int FiscalYear { get; set; }
    /// <summary>The unit's district (<see cref="Unit.DistrictName"/>), denormalised as <see cref="Indicator.DistrictName"/>.</summary>
    public string? DistrictName { get; set; }
    public bool HasCoreIndicator { get; set; }
    public int SourceLine { get; set; }
    public List<ProjectFundingSplit> Splits { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
}
