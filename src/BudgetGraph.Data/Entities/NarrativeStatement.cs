using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>A figure of the narrative with its stated prior-year change (signed; 持平 is 0) and reason.</summary>
public class NarrativeStatement
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    public NarrativeMetric Metric { get; set; }
    public string Label { get; set; } = "";
    public long? Amount { get; set; }
    public ChangeDirection? Direction { get; set; }
    public long? Change { get; set; }
    public int? ComparedYear { get; set; }
    public string? Reason { get; set; }
    public string Sentence { get; set; } = "";
    public string? Section { get; set; }
    public int SourceLine { get; set; }
}
