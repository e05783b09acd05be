using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// Groups the lines of each performance table (delimited by the one table segmenter) into rows of cells.
/// Three layouts are read (the third: cells separated by spaces, see <see cref="SpacedCardReader"/>):
/// <list type="bullet">
/// <item>tab-separated: one table row per line, cells separated by tabs;</item>
/// <item>one cell per line: each cell on its own line with a leading tab, rows separated by blank lines; a line
/// without a leading tab continues the previous cell (a wrapped long text, or an operator printed on its own
/// line), even after blank lines inside that cell.</item>
/// </list>
/// </summary>
internal static class TableBlockFinder
{
    /// <summary>
    /// The performance tables among the blocks of the one table segmenter (<see cref="Tables.TableBlockReader"/>, which
    /// delimits every table by its title, 表N line and the narrative after the last table): each one's lines grouped into
    /// rows in its layout.
    /// </summary>
    public static IReadOnlyList<TableBlock> Find(IReadOnlyList<SourceLine> lines, IReadOnlyList<Tables.SegmentedBlock> segments, List<ParseNote> notes)
    {
        var indexOf = new Dictionary<int, int>(lines.Count);
        for (var i = 0; i < lines.Count; i++) indexOf[lines[i].Number] = i;
        var blocks = new List<TableBlock>();
        foreach (var segment in segments.Where(s => s.Kind.IsPerformance() && s.HasPrintedTitle).OrderBy(s => s.StartLine))
        {
            if (!indexOf.TryGetValue(segment.StartLine, out var i)) continue;
            var title = segment.Title;
            if (PerformanceTitles.KindOf(title) is null) continue;   // a sentence naming such a table, not a title
            var end = indexOf.TryGetValue(segment.EndLine, out var last) && last > i ? last + 1 : i + 1;
            var isTabbed = IsTabbedRegion(lines, i + 1, end);
            var isSpaced = !isTabbed && IsSpaceSeparated(lines, i + 1, end);
            var rows = isTabbed ? TabbedRows(lines, i + 1, end, notes)
                : isSpaced ? SpacedRows(lines, i + 1, end)
                : CellPerLineRows(lines, i + 1, end);
            var block = new TableBlock(title, segment.TableNumber, lines[i].Number,
                end > i + 1 ? lines[end - 1].Number : lines[i].Number, segment.Kind, rows, isSpaced);

            if (LooksLikeTable(block)) blocks.Add(block);
            else notes.Add(new ParseNote(lines[i].Number, $"'{title}' has no table fields under it; not read as a table."));
        }
        return blocks;
    }

    /// <summary>The only non-empty cell of a line, or null when the line has none or several.</summary>
    internal static string? SingleCell(SourceLine line)
    {
        string? only = null;
        foreach (var cell in line.Cells())
        {
            if (cell.Length == 0) continue;
            if (only is not null) return null;
            only = cell;
        }
        return only;
    }

    /// <summary>Tab layout when some line of the table has a tab after its first character.</summary>
    private static bool IsTabbedRegion(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (lines[j].Text.Length > 1 && lines[j].Text.IndexOf('\t', 1) >= 0 && lines[j].Cells().Count(c => c.Length > 0) >= 2) return true;
        }
        return false;
    }

    /// <summary>
    /// The third layout: no line of the table holds a tab (one cell per line leads every cell with one), so its cells
    /// were separated by spaces in the extraction.
    /// </summary>
    private static bool IsSpaceSeparated(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var any = false;
        for (var j = start; j < end; j++)
        {
            if (lines[j].Text.Contains('\t')) return false;
            any |= !lines[j].IsBlank;
        }
        return any;
    }

    /// <summary>Space-separated layout: every non-blank line is a row, its cells split at spaces.</summary>
    private static IReadOnlyList<BlockRow> SpacedRows(IReadOnlyList<SourceLine> lines, int start, int end) =>
        [.. lines.Skip(start).Take(end - start).Where(l => !l.IsBlank)
            .Select(l => BlockRow.FromPrinted(l.Number, l.Text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries)))];

    private static IReadOnlyList<BlockRow> TabbedRows(IReadOnlyList<SourceLine> lines, int start, int end, List<ParseNote> notes)
    {
        var rows = new List<BlockRow>();
        for (var j = start; j < end; j++)
        {
            var line = lines[j];
            if (line.IsBlank) continue;
            var printed = line.Text.Split('\t').Select(BlockRow.Printed).ToList();
            while (printed.Count > 0 && CellText.Normalize(printed[^1]).Length == 0) printed.RemoveAt(printed.Count - 1);
            if (printed.Count == 0) continue;
            // Page numbers and rules across the table were emptied before (Text/PageFurniture).
            var row = BlockRow.FromPrinted(line.Number, printed);
            if (!line.Text.Contains('\t') && rows.Count > 0 && IsContinuation(row.Cells[0]))
            {
                // A long text cell that wrapped onto a line of its own: append it to the last filled cell.
                var previous = rows[^1].PrintedCells.ToList();
                var last = previous.FindLastIndex(c => c.Length > 0);
                previous[last] += printed[0];
                rows[^1] = BlockRow.FromPrinted(rows[^1].Line, previous);
                notes.Add(new ParseNote(line.Number, "Wrapped cell text joined to the row above."));
                continue;
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A tab-free line in a tab-layout table is a wrapped cell unless it is one of the table's own notes.</summary>
    private static bool IsContinuation(string text) =>
        !text.StartsWith("编制单位") && !text.StartsWith("单位：") && !text.StartsWith("注") && !text.StartsWith("说明")
        && !text.Contains("备注") && !text.Contains("无数据");

    private static IReadOnlyList<BlockRow> CellPerLineRows(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var rows = new List<BlockRow>();
        List<List<string>>? row = null;   // cells of the row being read, each a list of its printed text pieces
        var rowLine = 0;
        var rowPrinted = false; // whether rowLine prints something: a row whose first cells are empty starts at "\t" lines
        List<List<string>>? lastRow = null;

        static BlockRow ToRow(int line, List<List<string>> cells) =>
            BlockRow.FromPrinted(line, cells.Select(pieces => string.Join("\n", pieces.Where(p => p.Length > 0))).ToList());

        void Close()
        {
            if (row is null) return;
            rows.Add(ToRow(rowLine, row));
            lastRow = row;
            row = null;
        }

        for (var j = start; j < end; j++)
        {
            var line = lines[j];
            // A lone tab is an empty cell; only a line without a leading tab can be a blank separator.
            if (!line.Text.StartsWith('\t') && line.IsBlank) { Close(); continue; }
            if (line.Text.StartsWith('\t'))
            {
                if (row is null) { row = []; rowLine = line.Number; rowPrinted = false; }
                // The row is cited at its first line that prints something: a value traced to a blank line cannot be found.
                if (!rowPrinted && !line.Text.AsSpan(1).Trim().IsEmpty) { rowLine = line.Number; rowPrinted = true; }
                row.Add([BlockRow.Printed(line.Text[1..])]);
            }
            else
            {
                // Continuation of the last cell: of the open row, or (after blank lines inside the cell) of the row just closed.
                var target = row ?? lastRow;
                // A table's own remark ("（备注：…无数据。）") printed without a tab after the rows is a row of its own.
                var isRemark = row is null && CardFieldReader.TryRemark([CellText.Normalize(line.Text)], out _);
                if (target is null || isRemark) { Close(); row = [[BlockRow.Printed(line.Text)]]; rowLine = line.Number; rowPrinted = true; continue; }
                target[^1].Add(BlockRow.Printed(line.Text));
                if (row is null) rows[^1] = ToRow(rows[^1].Line, target);
            }
        }
        Close();
        return rows;
    }

    private static bool LooksLikeTable(TableBlock block) =>
        block.Rows.Any(r => r.Cells.Any(c => CardFieldLabels.KindOf(c) is not null || IndicatorColumns.IsHeaderCell(c)));
}
