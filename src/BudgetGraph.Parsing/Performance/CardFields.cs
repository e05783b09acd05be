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
    /// <summary>The unit a label of the budget states ("当年预算（元）"), if any.</summary>
    public MoneyUnit? BudgetLabelUnit { get; set; }
    /// <summary>The unit each split's label states ("本级安排（万元）"), in the order of <see cref="Splits"/>.</summary>
    public List<MoneyUnit?> SplitLabelUnits { get; } = [];
    /// <summary>Every unit line of the card ("单位：万元", "编制单位：…单位：万元"), in order.</summary>
    public List<Tables.UnitStatement> UnitLines { get; } = [];
    /// <summary>The unit the card's unit lines agree on and the first one's line, if printed.</summary>
    public MoneyUnit? Unit { get; set; }
    public int UnitLine { get; set; }
    /// <summary>A unit label naming no unit the parser knows ("单位：美元"), as printed, and its line.</summary>
    public (string Text, int Line)? UnreadUnitLabel { get; set; }
    public List<string> UnitLabels { get; } = [];

    /// <summary>
    /// The unit the card prints for its amounts, as a table's is read (its 单位 line first, then its labels): the unit
    /// line, else the budget's label, else a split's label; null when it prints none.
    /// </summary>
    public MoneyUnit? PrintedUnit => Unit ?? BudgetLabelUnit ?? SplitLabelUnits.FirstOrDefault(u => u is not null);
    public string? Remark { get; set; }

    public string? this[CardField field] => Text.TryGetValue(field, out var entry) ? entry.Value : null;
}
