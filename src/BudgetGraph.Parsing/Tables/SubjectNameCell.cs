using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The name cell of a subject row (code, name, amounts). A figure there means a cell before it was not printed — the
/// name, most likely ("2010301	480.70	480.70	"): read by position, the row would be named by its total and every figure
/// would land one column to the left. Unlike a 合计 row (<see cref="TotalRowCells"/>), such a row has lost a value, its
/// name, so it is refused naming the line rather than read without it.
/// </summary>
internal static class SubjectNameCell
{
    public static string Read(ParseContext context, string title, RawRow row, int index)
    {
        var name = index < row.Cells.Count ? row.Cells[index] : "";
        if (AmountText.IsNumber(name))
            throw context.Fail(row.Line, $"'{title}': row '{row.Cells[0]}' prints the figure '{name}' in its name cell (column {index + 1}): a cell "
                + "before it is missing, and which one — so the column of each figure — cannot be told.");
        return name;
    }
}
