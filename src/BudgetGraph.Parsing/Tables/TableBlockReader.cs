using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Segments a document into table blocks by their title lines (with or without a preceding 表N line). A block runs to
/// the next title or table number, across blank lines: page breaks cut tables, so blank lines never end a table.
/// Within a financial block it also repairs what page breaks do:
/// <list type="bullet">
/// <item>a run of rows of another shape that starts with a subject code is the headerless tail of a different table
/// pasted under the wrong title; it is split off and assigned by its shape (see <see cref="AssignFragment"/>);</item>
/// <item>a cell wrapped onto the next line (two short rows whose cells add up to the table's width) is joined.</item>
/// </list>
/// Performance blocks are only delimited here (the performance parser reads them).
/// </summary>
internal sealed class TableBlockReader(ParseContext context)
{
    public IReadOnlyList<TableBlock> Read(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<TableBlock>();
        BlockBuilder? current = null;
        string? pendingNumber = null;
        var run = 0;

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                run++;
                continue;
            }

            var cells = line.Cells();
            if (RowShapes.NonEmptyCount(cells) == 1)
            {
                var text = cells.First(c => c.Length > 0);
                if (TableTitles.IsTableNumber(text))
                {
                    Close(current, blocks);
                    current = null;
                    pendingNumber = text.Replace(" ", "");
                    continue;
                }
                if (TableTitles.TryRecognize(text, out var kind, out var prefix))
                {
                    Close(current, blocks);
                    current = new BlockBuilder(kind, text, pendingNumber, line.Number, prefix);
                    pendingNumber = null;
                    continue;
                }
            }

            pendingNumber = null; // a 表N line belongs to the title right after it
            // Trailing empty cells are kept: a row's cell count is the table's shape.
            current?.Add(new RawRow(line.Number, cells), run, line.Number);
        }
        Close(current, blocks);
        return blocks;
    }

    private void Close(BlockBuilder? builder, List<TableBlock> blocks)
    {
        if (builder is null) return;
        if (builder.Kind is TableKind.Performance)
        {
            blocks.Add(builder.ToBlock(builder.Rows.Select(r => r.Row).ToList(), [], builder.EndLine));
            return;
        }

        var remarks = new List<RawRow>();
        var rows = new List<PlacedRow>();
        foreach (var placed in builder.Rows)
        {
            if (RowShapes.IsEmpty(placed.Row.Cells) || RowShapes.IsMetadata(placed.Row.Cells)) continue;
            if (RowShapes.IsRemark(placed.Row.Cells)) remarks.Add(placed.Row);
            else rows.Add(placed);
        }

        var split = FindForeignRun(rows);
        var own = split < 0 ? rows : rows[..split];
        var endLine = own.Select(r => r.Row.Line).Concat(remarks.Select(r => r.Line)).DefaultIfEmpty(builder.TitleLine).Max();
        blocks.Add(builder.ToBlock(Mend(own.Select(r => r.Row).ToList()), remarks, endLine));
        if (split >= 0) blocks.Add(AssignFragment(builder, rows[split..]));
    }

    /// <summary>
    /// Index of the first row of a later run (rows after a blank line) printed in another shape than the block's own
    /// rows and starting with a subject code, or -1. Such rows cannot belong to the table above them.
    /// </summary>
    private static int FindForeignRun(List<PlacedRow> rows)
    {
        if (rows.Count == 0) return -1;
        var runs = rows.GroupBy(r => r.Run).ToList();
        var ownWidth = RowShapes.Width(runs[0].Select(r => r.Row));
        foreach (var run in runs.Skip(1))
        {
            var first = run.First();
            var width = RowShapes.Width(run.Select(r => r.Row));
            if (Math.Abs(width - ownWidth) >= 2 && RowShapes.StartsWithSubjectCode(first.Row.Cells))
                return rows.IndexOf(first);
        }
        return -1;
    }

    /// <summary>
    /// A headerless run of subject rows with more amount columns than total/basic/project (≥ 6 amounts) can only be
    /// the 部门收入总表 (total plus one column per income source). Anything else stays an unassigned raw block.
    /// </summary>
    private TableBlock AssignFragment(BlockBuilder host, List<PlacedRow> fragment)
    {
        var rows = Mend(fragment.Select(r => r.Row).ToList());
        var width = RowShapes.Width(rows);
        var functionalCodes = rows.Where(r => RowShapes.StartsWithSubjectCode(r.Cells)).All(r => r.Cells[0][0] == '2');
        var kind = functionalCodes && width >= 8 ? TableKind.DepartmentIncome : TableKind.Unknown;
        var title = kind == TableKind.DepartmentIncome ? "部门收入总表" : "";
        context.Note(rows[0].Line, kind == TableKind.DepartmentIncome
            ? $"Rows {rows[0].Line}–{rows[^1].Line} under '{host.Title}' have {width} columns and no title or header: read as the surviving part of 部门收入总表."
            : $"Rows {rows[0].Line}–{rows[^1].Line} under '{host.Title}' have {width} columns and no title or header; they could not be assigned to a table.");
        return new TableBlock
        {
            Kind = kind,
            Title = title,
            StartLine = rows[0].Line,
            EndLine = rows[^1].Line,
            HasPrintedTitle = false,
            Rows = rows,
        };
    }

    /// <summary>Joins a cell wrapped onto the next line: two short rows whose cells add up to the table's width.</summary>
    private List<RawRow> Mend(List<RawRow> rows)
    {
        var width = RowShapes.Width(rows);
        var mended = new List<RawRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count)
            {
                var next = rows[i + 1];
                if (row.Cells.Count < width && next.Cells.Count < width && row.Cells.Count + next.Cells.Count - 1 == width)
                {
                    var cells = row.Cells.Take(row.Cells.Count - 1)
                        .Append(row.Cells[^1] + next.Cells[0])
                        .Concat(next.Cells.Skip(1))
                        .ToArray();
                    context.Note(next.Line, $"Line {next.Line} continues a cell wrapped from line {row.Line}; joined.");
                    mended.Add(new RawRow(row.Line, cells));
                    i++;
                    continue;
                }
            }
            mended.Add(row);
        }
        return mended;
    }

    private sealed record PlacedRow(RawRow Row, int Run);

    private sealed class BlockBuilder(TableKind kind, string title, string? tableNumber, int titleLine, string? unitPrefix)
    {
        public TableKind Kind { get; } = kind;
        public string Title { get; } = title;
        public List<PlacedRow> Rows { get; } = [];
        public int TitleLine { get; } = titleLine;
        public int EndLine { get; private set; } = titleLine;

        public void Add(RawRow row, int run, int line)
        {
            Rows.Add(new PlacedRow(row, run));
            EndLine = line;
        }

        public TableBlock ToBlock(IReadOnlyList<RawRow> rows, IReadOnlyList<RawRow> remarks, int endLine) => new()
        {
            Kind = Kind,
            Title = Title,
            TableNumber = tableNumber,
            StartLine = TitleLine,
            EndLine = endLine,
            UnitPrefix = unitPrefix,
            Rows = rows,
            Remarks = remarks,
        };
    }
}
