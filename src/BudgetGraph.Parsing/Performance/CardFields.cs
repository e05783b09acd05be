using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Performance;

/// <summary>The labelled fields read from the upper part of a performance table.</summary>
internal sealed class CardFields
{
    public Dictionary<CardField, (string? Value, int Line)> Text { get; } = [];
    public decimal? Budget { get; set; }
    public int? BudgetYear { get; set; }
    public int BudgetLine { get; set; }
    public decimal? ExecutionRateWeight { get; set; }
    public List<BudgetSplit> Splits { get; } = [];
    public List<string> UnitLabels { get; } = [];
    public string? Remark { get; set; }

    public string? this[CardField field] => Text.TryGetValue(field, out var entry) ? entry.Value : null;
}
