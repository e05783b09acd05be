using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Rejects a document that visibly stops mid-table: its last line is a table title or number with nothing under it,
/// or a row of a financial table with fewer cells than the table's other rows. (A document cut exactly between two
/// rows cannot be told from a complete one.)
/// </summary>
internal static class TruncationCheck
{
    public static void Run(ParseContext context, IReadOnlyList<SourceLine> lines, IReadOnlyList<SegmentedBlock> blocks)
    {
        var last = lines.LastOrDefault(l => !l.IsBlank);
        if (last.Text is null) return;

        var lastText = CellText.Normalize(last.Text.Replace('\t', ' '));
        if (TableTitles.IsTableNumber(lastText))
            throw context.Fail(last.Number, $"the file is truncated: it ends with the table number '{lastText}' and no table");

        var block = blocks.LastOrDefault(b => b.StartLine <= last.Number);
        if (block is null || (block.EndLine != last.Number && block.StartLine != last.Number)) return;
        if (block.StartLine == last.Number && block.HasPrintedTitle)
            throw context.Fail(last.Number, $"the file is truncated: it ends with the title '{block.Title}' and no table under it");
        if (block.Kind.IsPerformance() || block.Kind is TableKind.Other || block.Rows.Count < 2) return;

        var lastRow = block.Rows[^1];
        var width = RowShapes.Width(block.Rows);
        if (lastRow.Line == last.Number && lastRow.Cells.Count < width)
            throw context.Fail(last.Number,
                $"the file is truncated: the last row of '{block.Title}' has {lastRow.Cells.Count} of its {width} cells");
    }
}
