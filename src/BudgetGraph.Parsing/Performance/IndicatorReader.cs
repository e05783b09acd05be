using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>Reads the indicator rows under an indicator header.</summary>
internal static class IndicatorReader
{
    /// <summary>
    /// One indicator from a data row, or null when the row holds no indicator (empty, or a single-cell remark).
    /// Throws <see cref="DisclosureParseException"/> for a malformed row (a weight that is not a number, figures
    /// without an indicator name).
    /// </summary>
    public static Indicator? Read(BlockRow row, IndicatorColumns columns, string fileName, List<ParseNote> notes)
    {
        var cells = row.Cells;
        var printed = row.PrintedCells;
        if (cells.Count(c => c.Length > 0) <= 1 && !HasName(cells, columns)) return null;

        // One-cell-per-line rows that lost their leading empty cell are one cell short: realign them.
        if (columns.HasLeadingLabelColumn && cells.Count == columns.Width - 1 && cells[0].Length > 0)
        {
            cells = ["", .. cells];
            printed = ["", .. printed];
            notes.Add(new ParseNote(row.Line, "Indicator row without its leading empty cell realigned to the header."));
        }

        var level3 = columns.CellOf(cells, IndicatorColumn.Level3);
        var rawName = level3.Length > 0 ? level3 : columns.CellOf(cells, IndicatorColumn.Name);
        if (rawName.Length == 0)
            throw new DisclosureParseException(fileName, row.Line, "Indicator row has figures but no indicator name.");

        string? level1 = NullIfEmpty(columns.CellOf(cells, IndicatorColumn.Level1));
        string? level2 = NullIfEmpty(columns.CellOf(cells, IndicatorColumn.Level2));
        var name = rawName;
        if (level3.Length == 0 && level1 is null && level2 is null)
            (level1, level2, name) = IndicatorLevels.Split(rawName);

        var weightCell = columns.CellOf(cells, IndicatorColumn.Weight);
        if (!AmountText.TryParse(weightCell, out var weight))
            throw new DisclosureParseException(fileName, row.Line, $"Indicator '{rawName}': weight '{weightCell}' is not a number.");

        // The raw operator as printed (e.g. full-width "＝", or " \n≥" when it wrapped onto its own line), trimmed.
        var operatorRaw = columns.CellOf(printed, IndicatorColumn.Operator).Replace("\n", "").Trim();
        var targetCell = columns.CellOf(cells, IndicatorColumn.Target);
        var op = OperatorText.Normalize(operatorRaw);
        if (operatorRaw.Length == 0 && OperatorText.SplitLeading(targetCell) is { } combined)
        {
            // No operator column (or an empty one), the target printed as "≥95": split it.
            (operatorRaw, op, targetCell) = (combined.Raw, combined.Operator, combined.Value);
        }
        if (operatorRaw.Length > 0 && op is null)
            notes.Add(new ParseNote(row.Line, $"Indicator '{rawName}': unknown operator '{operatorRaw}' kept as printed."));

        AmountText.TryParse(targetCell, out var numericTarget);
        var coreCell = columns.CellOf(cells, IndicatorColumn.Core);

        return new Indicator
        {
            Name = name,
            RawName = rawName,
            Level1 = level1,
            Level2 = level2,
            Level3 = NullIfEmpty(level3),
            Weight = weight,
            UnitOfMeasure = NullIfEmpty(columns.CellOf(cells, IndicatorColumn.Unit)),
            Operator = op,
            OperatorRaw = NullIfEmpty(operatorRaw),
            NumericTarget = numericTarget,
            TextTarget = numericTarget is null ? NullIfEmpty(targetCell) : null,
            IsCore = columns.Has(IndicatorColumn.Core) ? CoreFlag(coreCell, rawName, row.Line, notes) : null,
            Line = row.Line,
        };
    }

    private static bool HasName(IReadOnlyList<string> cells, IndicatorColumns columns) =>
        columns.CellOf(cells, IndicatorColumn.Name).Length > 0 || columns.CellOf(cells, IndicatorColumn.Level3).Length > 0;

    private static bool? CoreFlag(string cell, string name, int line, List<ParseNote> notes)
    {
        switch (cell)
        {
            case "是": return true;
            case "否": return false;
            case "": return null;
            default:
                notes.Add(new ParseNote(line, $"Indicator '{name}': core flag '{cell}' is neither 是 nor 否."));
                return null;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
