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
/// Blocks printed one cell per line (cells on tab-led lines, rows separated by empty lines) are first reassembled
/// into rows by <see cref="CellPerLine"/>. Performance blocks are only delimited here (the performance parser reads them).
/// </summary>
internal sealed partial class TableBlockReader(ParseContext context)
{
    public IReadOnlyList<SegmentedBlock> Read(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<SegmentedBlock>();
        BlockBuilder? current = null;
        string? pendingNumber = null;
        var run = 0;

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                // One cell per line: a line holding only a tab is an empty cell; only a truly empty line ends a row.
                if (line.Text.Contains('\t')) current?.Add(new RawRow(line.Number, [""]), run, line.Text);
                else run++;
                continue;
            }

            var cells = line.Cells();
            if (RowShapes.NonEmptyCount(cells) == 1)
            {
                var text = RowShapes.FirstNonEmpty(cells);
                if (current is not null && !line.Text.StartsWith('\t') && SectionHeadings.EndsTables(text))
                {
                    // "其他相关情况说明", "一、2024年“三公”经费预算情况说明": the narrative after the last table.
                    Close(current, blocks);
                    current = null;
                    pendingNumber = null;
                    continue;
                }
                if (TableTitles.IsTableNumber(text))
                {
                    Close(current, blocks);
                    current = null;
                    pendingNumber = text.Replace(" ", "");
                    continue;
                }
                var (inlineNumber, title) = TableTitles.SplitLeadingNumber(text);
                if (TableTitles.TryRecognize(title, out var kind, out var prefix))
                {
                    Close(current, blocks);
                    current = new BlockBuilder(kind, title, inlineNumber ?? pendingNumber, line.Number, prefix);
                    pendingNumber = null;
                    continue;
                }
            }

            pendingNumber = null; // a 表N line belongs to the title right after it
            // Trailing empty cells are kept: a row's cell count is the table's shape.
            current?.Add(new RawRow(line.Number, cells), run, line.Text);
        }
        Close(current, blocks);
        return blocks;
    }

    private void Close(BlockBuilder? builder, List<SegmentedBlock> blocks)
    {
        if (builder is null) return;
        var spaced = !builder.Kind.IsPerformance() && SpaceSeparatedCells.IsUsedBy(builder.Rows);
        var placedRows = CellPerLine.IsUsedBy(builder.Rows) ? CellPerLine.Assemble(builder.Rows)
            : spaced ? builder.Rows.Select(r => r with { Row = new RawRow(r.Row.Line, SpaceSeparatedCells.Split(r.Text)) }).ToList()
            : builder.Rows;
        if (builder.Kind.IsPerformance())
        {
            blocks.Add(builder.ToBlock(placedRows.Select(r => r.Row).ToList(), [], builder.EndLine));
            return;
        }

        var remarks = new List<RawRow>();
        var metadata = new List<RawRow>();
        var rows = new List<PlacedRow>();
        var inHeader = true;
        var headerCells = new HashSet<string>();
        var ambiguous = new Dictionary<int, string>();
        foreach (var placed in placedRows)
        {
            if (RowShapes.IsEmpty(placed.Row.Cells)) continue;
            if (inHeader && !RowShapes.HoldsData(placed.Row.Cells)) headerCells.UnionWith(placed.Row.Cells.Where(c => c.Length > 0));
            else if (RowShapes.NonEmptyCount(placed.Row.Cells) == 1 && PageMarker().IsMatch(RowShapes.FirstNonEmpty(placed.Row.Cells)))
            {
                metadata.Add(placed.Row);   // a page marker of the extraction: kept in the raw table only
                continue;
            }
            else if (!RowShapes.HoldsData(placed.Row.Cells) && placed.Row.Cells.Where(c => c.Length > 0).All(headerCells.Contains))
            {
                context.Note(placed.Row.Line, $"'{builder.Title}': line {placed.Row.Line} repeats the table's header after a page break; skipped.");
                metadata.Add(placed.Row);
                continue;
            }
            // A one-cell line above the first row of figures is a line of the header ("功能分类科目编码"), not a remark.
            inHeader &= !RowShapes.HoldsData(placed.Row.Cells);
            if (RowShapes.IsMetadata(placed.Row.Cells)) metadata.Add(placed.Row);
            else if (RowShapes.IsRemark(placed.Row.Cells) && (!inHeader || RemarkLabel.HasLabel(placed.Row.Cells.First(c => c.Length > 0))))
                remarks.Add(placed.Row);
            else
            {
                var row = SplitSubjectCodes.Join(context, placed.Row);
                // Split at spaces, "1 234.56" is two cells: one figure or two. Only a subject table's sums may tell
                // (SubjectTableLayout); any other row is refused.
                if (spaced && SpaceSeparatedCells.AmbiguousDigitGroups(row.Cells) is { } groups)
                {
                    if (!SubjectTableLayout.Reads(builder.Kind)) throw context.Fail(row.Line, SpaceSeparatedCells.AmbiguityReason(builder.Title, groups));
                    ambiguous[row.Line] = groups;
                }
                rows.Add(placed with { Row = row });
            }
        }

        var (own, foreign) = SeparateForeignRuns(rows);
        // A fragment of another table is read by another reader: its ambiguous rows are refused here.
        foreach (var row in foreign)
            if (ambiguous.TryGetValue(row.Row.Line, out var groups)) throw context.Fail(row.Row.Line, SpaceSeparatedCells.AmbiguityReason(builder.Title, groups));
        var endLine = own.Select(r => r.Row.Line).Concat(remarks.Select(r => r.Line)).DefaultIfEmpty(builder.TitleLine).Max();
        var ownRows = Mend(own.Select(r => r.Row).ToList());
        var (unit, unitLine, unreadLabel) = PrintedUnit(builder.Title, metadata, ownRows);
        blocks.Add(builder.ToBlock(ownRows, remarks, endLine) with
        {
            Metadata = metadata, PrintedUnit = unit, UnitLine = unitLine, UnreadUnitLabel = unreadLabel, IsSpaceSeparated = spaced,
            AmbiguousGroups = ambiguous,
        });
        if (foreign.Count > 0)
            blocks.Add(AssignFragment(builder, foreign) with { PrintedUnit = unit, UnitLine = unitLine, UnreadUnitLabel = unreadLabel });
    }

    /// <summary>
    /// The unit of measure a table prints: on a label line ("单位：元", "编制部门：… 单位：元") or in a header cell
    /// ("预算数（万元）") of the rows before its first subject or 合计 row. When it prints none but a label of the unit
    /// of measure names something this parser cannot read ("单位：美元"), that label is returned, so that the assumption
    /// made in its place is stated for what it is, not as "prints no unit".
    /// A table stating two different units ("单位：万元" over a "金额（元）" header) is refused, naming both
    /// (<see cref="UnitStatement.Agreed"/>).
    /// </summary>
    private (MoneyUnit? Unit, int Line, UnitLabel? Unread) PrintedUnit(string title, IReadOnlyList<RawRow> metadata, IReadOnlyList<RawRow> rows)
    {
        var header = rows.TakeWhile(r => !RowShapes.IsTotalRow(r.Cells) && !RowShapes.StartsWithSubjectCode(r.Cells)).ToList();
        if (UnitStatement.Agreed(UnitStatements(metadata, header), title, context.Fail) is { } stated) return (stated.Unit, stated.Line, null);
        foreach (var row in metadata.Concat(header))
            foreach (var cell in row.Cells)
                if (MoneyUnit.MeasureLabelText(cell) is { } unread) return (null, 0, new UnitLabel(unread, row.Line));
        return (null, 0, null);
    }

    /// <summary>Every unit the table states, in reading order of preference: its label lines, then its header cells.</summary>
    private static IEnumerable<UnitStatement> UnitStatements(IReadOnlyList<RawRow> metadata, IReadOnlyList<RawRow> header)
    {
        foreach (var row in metadata)
            foreach (var cell in row.Cells)
                if (UnitStatement.In(cell, row.Line, orHeaderCell: false) is { } labelled) yield return labelled;
        foreach (var row in header)
            foreach (var cell in row.Cells)
                if (UnitStatement.In(cell, row.Line, orHeaderCell: true) is { } headed) yield return headed;
    }

    /// <summary>
    /// Splits off the runs (stretches between blank lines) printed in another shape than the block's first run that
    /// start with a subject code, and the runs of that same shape following them: rows of another table pasted under
    /// this title. Runs in the block's own shape stay, also after such a fragment.
    /// </summary>
    private static (List<PlacedRow> Own, List<PlacedRow> Foreign) SeparateForeignRuns(List<PlacedRow> rows)
    {
        var own = new List<PlacedRow>();
        var foreign = new List<PlacedRow>();
        var runs = rows.GroupBy(r => r.Run).ToList();
        if (runs.Count == 0) return (own, foreign);

        var ownWidth = RowShapes.Width(runs[0].Select(r => r.Row));
        int? foreignWidth = null;
        foreach (var run in runs)
        {
            var width = RowShapes.Width(run.Select(r => r.Row));
            var isForeign = run != runs[0] && Math.Abs(width - ownWidth) >= 2
                && (RowShapes.StartsWithSubjectCode(run.First().Row.Cells) || width == foreignWidth);
            if (isForeign)
            {
                foreign.AddRange(run);
                foreignWidth ??= width;
            }
            else own.AddRange(run);
        }
        return (own, foreign);
    }

    /// <summary>
    /// A headerless run of subject rows with more amount columns than total/basic/project (≥ 6 amounts) can only be
    /// the 部门收入总表 (total plus one column per income source). Anything else stays an unassigned raw block.
    /// </summary>
    private SegmentedBlock AssignFragment(BlockBuilder host, List<PlacedRow> fragment)
    {
        var rows = Mend(fragment.Select(r => r.Row).ToList());
        var width = RowShapes.Width(rows);
        var functionalCodes = rows.Where(r => RowShapes.StartsWithSubjectCode(r.Cells)).All(r => r.Cells[0][0] == '2');
        var kind = functionalCodes && width >= 8 ? TableKind.DepartmentIncome : TableKind.Other;
        var title = kind == TableKind.DepartmentIncome ? "部门收入总表" : "";
        context.Note(rows[0].Line, kind == TableKind.DepartmentIncome
            ? $"Rows {rows[0].Line}–{rows[^1].Line} under '{host.Title}' have {width} columns and no title or header: read as the surviving part of 部门收入总表."
            : $"Rows {rows[0].Line}–{rows[^1].Line} under '{host.Title}' have {width} columns and no title or header; they could not be assigned to a table.");
        return new SegmentedBlock
        {
            Kind = kind,
            Title = title,
            StartLine = rows[0].Line,
            EndLine = rows[^1].Line,
            HasPrintedTitle = false,
            Rows = rows,
        };
    }

    /// <summary>
    /// Joins a cell wrapped onto the next line: two short rows whose cells add up to the table's width, below the header,
    /// where text meets text (a figure never wraps into a label: "八、城乡社区支出	119,385,303" over "九、住房保障支出	8,882,399"
    /// are two rows whose empty cells were dropped).
    /// </summary>
    private List<RawRow> Mend(List<RawRow> rows)
    {
        var width = RowShapes.Width(rows);
        var mended = new List<RawRow>(rows.Count);
        var firstData = rows.FindIndex(r => RowShapes.HoldsData(r.Cells));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count && firstData >= 0 && i >= firstData)
            {
                var next = rows[i + 1];
                if (row.Cells.Count < width && next.Cells.Count < width && row.Cells.Count + next.Cells.Count - 1 == width
                    && row.Cells[^1].Length > 0 && !AmountText.IsNumber(row.Cells[^1]) && next.Cells[0].Length > 0
                    && !AmountText.IsNumber(next.Cells[0]) && !RowShapes.StartsWithSubjectCode(next.Cells) && !RowShapes.IsTotalRow(next.Cells))
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

    /// <summary>A page marker of the extraction: "-- 9 of 33 --", "— 9 —", "- 9 -", "第9页".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(-{1,2}\s*\d+\s*of\s*\d+\s*-{1,2}|[—–-]\s*\d{1,4}\s*[—–-]|第\s*\d{1,4}\s*页)$")]
    private static partial System.Text.RegularExpressions.Regex PageMarker();

    /// <summary>A row with the run (stretch between blank lines) it was printed in and its line as read.</summary>
    internal sealed record PlacedRow(RawRow Row, int Run, string Text);

    private sealed class BlockBuilder(TableKind kind, string title, string? tableNumber, int titleLine, string? unitPrefix)
    {
        public TableKind Kind { get; } = kind;
        public string Title { get; } = title;
        public List<PlacedRow> Rows { get; } = [];
        public int TitleLine { get; } = titleLine;
        public int EndLine { get; private set; } = titleLine;

        public void Add(RawRow row, int run, string text)
        {
            Rows.Add(new PlacedRow(row, run, text));
            EndLine = row.Line;
        }

        public SegmentedBlock ToBlock(IReadOnlyList<RawRow> rows, IReadOnlyList<RawRow> remarks, int endLine) => new()
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
