using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads an amount cell of a row in the table's printed unit and returns it in 万元 (exactly), failing with file, line,
/// row and column when the cell is not a number, a percentage (a column the header calls an amount never holds a
/// ratio: "47.59%" is not 47.59 of the table's unit), or a number no amount of money can be (finer than one fen, larger than
/// any budget: <see cref="MoneyUnit.TryToWanYuan"/>) — refused here, where its line is known, not where it is stored.
/// </summary>
internal static class AmountCell
{
    public static decimal? Read(ParseContext context, RawRow row, int? column, string columnName, string rowLabel, MoneyUnit unit)
    {
        if (column is not { } index || index >= row.Cells.Count) return null;
        var cell = row.Cells[index];
        if (AmountText.IsPercentage(cell))
            throw context.Fail(row.Line, $"row '{rowLabel}': the {columnName} cell (column {index + 1}) holds '{cell}', a percentage, not an amount of money");
        if (!AmountText.TryParse(cell, out var amount))
            throw context.Fail(row.Line, $"row '{rowLabel}': the {columnName} cell (column {index + 1}) holds '{cell}', which is not a number");
        if (amount is not { } printed) return null;
        if (unit.TryToWanYuan(printed, out var wanYuan, out var whyNot)) return wanYuan;
        throw context.Fail(row.Line, $"row '{rowLabel}': the {columnName} cell (column {index + 1}) holds '{cell}' ({unit}), {whyNot}");
    }
}
