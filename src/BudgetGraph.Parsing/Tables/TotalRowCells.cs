using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Puts the cells of a 合计 row where the rows of its table have theirs (code, name, amounts: the subject tables, 部门收入总表,
/// 政府采购 with its 项目编号 column), so that the readers take its figures from the same columns. Publishers print "合计" in the code cell with an empty name cell
/// ("合计		4,851.31	1,733.30	3,118.01"), or in the name cell; some extractions merge the two cells of 合计 into one
/// ("合计	156,211,123	99,706,020	56,505,103"): the row is one cell short, and read by position every figure would land
/// one column to the left (a 合计 read wrong looks like the document's own inconsistency downstream).
/// </summary>
internal static class TotalRowCells
{
    /// <summary>
    /// <paramref name="row"/> when it is no 合计 row or prints its name cell; else the row with an empty name cell put
    /// back after "合计". In a table that drops its empty cells (<see cref="SegmentedBlock.IsSpaceSeparated"/>) a leading
    /// "合计" always stands for code and name (its figures are then read by their count). Where cells keep their place, a
    /// figure in the name cell says the name cell is missing; it is put back only when the cells after "合计" then fill
    /// exactly the amount columns of the subject rows (code, name, amounts), trailing empty cells aside — otherwise which
    /// cell is missing cannot be told, and the document is refused.
    /// </summary>
    /// <param name="rowWidth">The width the table's data rows are printed in (<see cref="RowShapes.Width"/>; 0 when it
    /// has none), else the header's column count is taken.</param>
    /// <param name="header">The table's column header.</param>
    public static RawRow InPlace(ParseContext context, SegmentedBlock block, RawRow row, int rowWidth, ColumnHeader header)
    {
        var width = rowWidth > 0 ? rowWidth : header.Columns.Count;
        var cells = row.Cells;
        if (cells.Count < 2 || !RowShapes.IsTotalLabel(cells[0])) return row;
        if (block.IsSpaceSeparated) return WithNameCell(row);
        // An empty name cell, or text in it: the row is printed in place. A dash (no amount) where the name is counts as
        // a figure only when the row is one cell short: a dash can also be printed in an empty name cell.
        var nameMissing = AmountText.IsNumber(cells[1])
            || (AmountText.TryParse(cells[1], out _) && cells[1].Length > 0 && cells.Count == width - 1);
        if (!nameMissing) return row;

        var amountColumns = width - 2;
        var after = cells.Count - 1;
        var filled = after;
        while (filled > 0 && cells[filled].Length == 0) filled--;
        if (amountColumns > 0 && (after == amountColumns || filled == amountColumns)) return WithNameCell(row);
        throw context.Fail(row.Line,
            $"'{block.Title}': the 合计 row prints '{cells[1]}' where the subject rows print their name (column 2), so its code and name "
            + $"were printed as one cell, but its {after} cells after 合计 ({filled} up to its last figure) do not fill the table's "
            + (amountColumns > 0 ? $"{amountColumns} amount columns" : "amount columns (no subject row shows how many)")
            + ": which cell is missing, and so the column of each figure, cannot be told.");
    }

    private static RawRow WithNameCell(RawRow row) => new(row.Line, [row.Cells[0], "", .. row.Cells.Skip(1)]);
}
