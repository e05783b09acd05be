using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads an amount cell of a row in the table's printed unit and returns it in 万元 (exactly), failing with file, line,
/// row and column when the cell is not a number.
/// </summary>
internal static class AmountCell
{
    public static decimal? Read(ParseContext context, RawRow row, int? column, string columnName, string rowLabel, MoneyUnit unit)
    {
        if (column is not { } index || index >= row.Cells.Count) return null;
        var cell = row.Cells[index];
        if (AmountText.TryParse(cell, out var amount)) return unit.ToWanYuan(amount);
        throw context.Fail(row.Line, $"row '{rowLabel}': the {columnName} cell (column {index + 1}) holds '{cell}', which is not a number");
    }
}
