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
        var lines = rows.Where(r => r.Text.Trim().Length > 0).ToList();
        if (lines.Count < 3) return false;
        var singleCells = lines.Count(r => r.Text.StartsWith('\t') && r.Text.Count(c => c == '\t') == 1);
        return singleCells * 10 >= lines.Count * 6;
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
        var runRows = new List<RawRow>();
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
                var width = RowShapes.Width(runRows);
                if (runRows.Count > 0 && Math.Abs(cells.Count - width) >= 2)
                {
                    run++;
                    runRows.Clear();
                }
                runRows.Add(row);
            }
            rows.Add(new TableBlockReader.PlacedRow(row, run, first.Text));
        }
        return rows;
    }
}
