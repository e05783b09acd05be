namespace BudgetGraph.Parsing.Performance;

internal enum IndicatorColumn { Level1, Level2, Level3, Name, Weight, Unit, Operator, Target, Core }

/// <summary>
/// Where each indicator column stands in one table, found from the header row by name: the column order differs
/// between documents (指标值 before or after 计量单位, 权重 first or last, …).
/// </summary>
internal sealed class IndicatorColumns
{
    private readonly Dictionary<IndicatorColumn, int> _positions;

    private IndicatorColumns(Dictionary<IndicatorColumn, int> positions, int width)
    {
        _positions = positions;
        Width = width;
    }

    /// <summary>Number of cells of the header row.</summary>
    public int Width { get; }

    /// <summary>True when the header's first cell is the row label 绩效指标 (data rows then start with an empty cell).</summary>
    public bool HasLeadingLabelColumn => !_positions.ContainsValue(0);

    public bool Has(IndicatorColumn column) => _positions.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/> in a data row; empty when the table has no such column or the row is short.</summary>
    public string CellOf(IReadOnlyList<string> cells, IndicatorColumn column) =>
        _positions.TryGetValue(column, out var index) && index < cells.Count ? cells[index] : "";

    public static IndicatorColumn? ColumnOf(string cell)
    {
        var text = CardFieldLabels.Canonical(cell).Replace("(%)", "").Replace("（%）", "");
        return text switch
        {
            "一级指标" => IndicatorColumn.Level1,
            "二级指标" => IndicatorColumn.Level2,
            "三级指标" => IndicatorColumn.Level3,
            "指标" or "指标名称" or "绩效指标名称" => IndicatorColumn.Name,
            "指标权重" or "权重" => IndicatorColumn.Weight,
            "计量单位" or "度量单位" or "单位" => IndicatorColumn.Unit,
            "指标性质" or "运算符" or "指标方向" or "比较符" => IndicatorColumn.Operator,
            "指标值" or "目标值" or "指标目标值" or "年度指标值" or "年度(/项目)指标值" => IndicatorColumn.Target,
            _ when text.StartsWith("是否") && text.Contains("核心") => IndicatorColumn.Core,
            _ => null,
        };
    }

    /// <summary>
    /// A cell only an indicator header has: any header name except the generic 指标 and 单位, which also occur
    /// elsewhere (e.g. "单位：万元").
    /// </summary>
    public static bool IsHeaderCell(string cell)
    {
        var column = ColumnOf(cell);
        if (column is null) return false;
        return column is not (IndicatorColumn.Name or IndicatorColumn.Unit) || CardFieldLabels.Canonical(cell) == "指标名称";
    }

    /// <summary>Reads a header row; null unless it names an indicator (指标 / 指标名称 / 三级指标) and a target or weight.</summary>
    public static IndicatorColumns? TryRead(IReadOnlyList<string> cells)
    {
        // Asked of every row of every performance table: the dictionary is made only for a row naming a column.
        Dictionary<IndicatorColumn, int>? positions = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (ColumnOf(cells[i]) is { } column) (positions ??= []).TryAdd(column, i);
        }
        if (positions is null) return null;
        var namesIndicator = positions.ContainsKey(IndicatorColumn.Name) || positions.ContainsKey(IndicatorColumn.Level3);
        var hasFigures = positions.ContainsKey(IndicatorColumn.Target) || positions.ContainsKey(IndicatorColumn.Weight);
        return namesIndicator && hasFigures && positions.Count >= 3 ? new IndicatorColumns(positions, cells.Count) : null;
    }
}
