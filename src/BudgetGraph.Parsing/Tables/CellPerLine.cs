using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The second layout of the disclosures: one table cell per line, each led by a tab ("\t" alone is an empty cell),
/// a row ending at an empty line. A line without the leading tab continues the cell above it (wrapped text, an
/// operator on its own line).
/// </summary>
internal static class CellPerLine
{
    /// <summary>True when most lines of a block hold a single tab-led cell.</summary>
    public static bool IsUsedBy(IReadOnlyList<TableBlockReader.PlacedRow> rows)
    {
        // Spans, not LINQ over each line's characters: every block of every disclosure is asked this.
        int lines = 0, singleCells = 0;
        foreach (var row in rows)
        {
            var text = row.Text.AsSpan();
            if (text.Trim().IsEmpty) continue;
            lines++;
            if (text.StartsWith('\t') && text.Count('\t') == 1) singleCells++;
        }
        return lines >= 3 && singleCells * 10 >= lines * 6;
    }

    /// <summary>
    /// One row per stretch between empty lines. Page breaks cannot be seen in this layout (every row ends with an empty
    /// line), so a run — what the tab layout's blank lines delimit — is a stretch of rows of one shape: a new run starts
    /// where a row of two or more cells is 2+ cells wider or narrower than the rows of the current run (the headerless
    /// fragment of another table, or the table resuming after it).
    /// </summary>
    public static IReadOnlyList<TableBlockReader.PlacedRow> Assemble(IReadOnlyList<TableBlockReader.PlacedRow> lines)
    {
        var rows = new List<TableBlockReader.PlacedRow>();
        var run = 0;
        var runWidth = new RowShapes.WidthTally();
        foreach (var group in lines.GroupBy(l => l.Run))
        {
            var cells = new List<string>();
            foreach (var line in group)
            {
                var text = CellText.Normalize(line.Text.Replace('\t', ' '));
                if (line.Text.StartsWith('\t') || cells.Count == 0) cells.Add(text);
                else cells[^1] = cells[^1].Length == 0 ? text : cells[^1] + "\n" + text;
            }
            var first = group.First();
            var row = new RawRow(first.Row.Line, cells);
            if (cells.Count >= 2)
            {
                if (runWidth.Rows > 0 && Math.Abs(cells.Count - runWidth.Width) >= 2)
                {
                    run++;
                    runWidth.Clear();
                }
                runWidth.Add(cells.Count);
            }
            rows.Add(new TableBlockReader.PlacedRow(row, run, first.Text));
        }
        return rows;
    }
}
