using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads 部门收入总表 from its titled block and/or headerless fragments (page breaks leave only part of it in some
/// documents). Source columns come from the header; a fragment without header is read in the standard column order
/// (code, name, 总计, then <see cref="FundSourceNames.StandardOrder"/>) and, since that order is assumed, only its
/// non-empty cells are recorded.
/// </summary>
internal sealed class IncomeTableReader(ParseContext context)
{
    public DepartmentIncomeTable Read(IReadOnlyList<SegmentedBlock> blocks, Func<SegmentedBlock, MoneyUnit> unitOf)
    {
        var titled = blocks.FirstOrDefault(b => b.HasPrintedTitle) ?? blocks[0];
        var rows = new List<IncomeSubjectRow>();
        IncomeSubjectRow? total = null;
        var sawHeader = false;

        foreach (var block in blocks)
        {
            var firstData = block.Rows.ToList().FindIndex(r => RowShapes.IsTotalRow(r.Cells) || RowShapes.StartsWithSubjectCode(r.Cells));
            if (firstData < 0) firstData = block.Rows.Count;
            var header = new ColumnHeader(block.Rows.Take(firstData));
            sawHeader |= !header.IsEmpty;
            var width = RowShapes.Width(block.Rows.Skip(firstData).Where(r => RowShapes.StartsWithSubjectCode(r.Cells)));
            var columns = header.IsEmpty ? AssumedColumns(block)
                : header.Columns.Count != width && width > 0 ? TemplateOrderColumns(header) : HeaderColumns(header);
            var onlyFilled = header.IsEmpty;
            var unit = unitOf(block);
            var unplaced = new List<(int Line, string Figures)>();   // lines whose source figures have no known column

            foreach (var row in block.Rows.Skip(firstData))
            {
                if (RowShapes.IsTotalRow(row.Cells))
                {
                    var inPlace = TotalRowCells.InPlace(context, block, row, width, header);
                    if (block.IsSpaceSeparated) SpaceSeparatedCells.RefuseTextAmongFigures(context, block.Title, inPlace);
                    var figures = inPlace.Cells.Skip(2).Count(c => AmountText.IsNumber(c));
                    var placeable = !block.IsSpaceSeparated || figures <= 1 || figures >= columns.Sources.Count + 1;
                    if (!placeable) unplaced.Add((row.Line, SourceFigures(inPlace)));
                    total = ReadRow(inPlace, "", "合计", placeable ? columns : columns with { Sources = [] }, onlyFilled, unit);
                }
                else if (RowShapes.StartsWithSubjectCode(row.Cells))
                {
                    // Printed without cell separators, empty cells dropped: a row with fewer figures than columns keeps its total only.
                    if (block.IsSpaceSeparated) SpaceSeparatedCells.RefuseTextAmongFigures(context, block.Title, row);
                    var figures = row.Cells.Skip(2).Count(c => AmountText.IsNumber(c));
                    var placeable = !block.IsSpaceSeparated || figures <= 1 || figures >= columns.Sources.Count + 1;
                    if (!placeable) unplaced.Add((row.Line, SourceFigures(row)));
                    rows.Add(ReadRow(row, row.Cells[0], SubjectNameCell.Read(context, block.Title, row, 1),
                        placeable ? columns : columns with { Sources = [] }, onlyFilled, unit));
                }
                else
                    context.Note(row.Line, $"'{block.Title}': line {row.Line} is neither a subject row nor 合计; kept only in the raw table.");
            }
            if (unplaced.Count > 0)
                context.Note(unplaced[0].Line, $"'{block.Title}' is printed without cell separators and drops its empty cells: lines {string.Join(", ", unplaced.Select(u => u.Line))} "
                    + $"have fewer figures than the {columns.Sources.Count + 1} amount columns, so only their totals are read; their income sources stay in the raw table. "
                    + $"Not placed in a source column ({unit}): {string.Join(", ", unplaced.Select(u => $"{u.Line}: {u.Figures}"))}.");
        }

        return new DepartmentIncomeTable
        {
            Title = titled.Title,
            TableNumber = titled.TableNumber,
            StartLine = titled.StartLine,
            IsPartial = !sawHeader || total is null || blocks.Any(b => !b.HasPrintedTitle),
            Total = total,
            Rows = rows,
            PrintedUnit = titled.PrintedUnit?.Printed,
        };
    }

    /// <summary>The figures after a row's total, as printed (code and name, or the shifted 合计, come first).</summary>
    private static string SourceFigures(RawRow row) => string.Join(" ", row.Cells.Skip(2).Where(AmountText.IsNumber).Skip(1));

    private IncomeSubjectRow ReadRow(RawRow row, string code, string name, IncomeColumns columns, bool onlyFilled, MoneyUnit unit)
    {
        var label = code.Length > 0 ? code : name;
        var bySource = new Dictionary<FundSource, decimal?>();
        foreach (var (source, index) in columns.Sources)
        {
            if (index >= row.Cells.Count || (onlyFilled && row.Cells[index].Length == 0)) continue;
            bySource[source] = AmountCell.Read(context, row, index, source.ToString(), label, unit);
        }
        return new IncomeSubjectRow(code, name, AmountCell.Read(context, row, columns.Total, "总计", label, unit), bySource, row.Line);
    }

    private static IncomeColumns HeaderColumns(ColumnHeader header)
    {
        var total = header.Find(h => h.Contains("总计") || h.Contains("合计"), from: 2) ?? 2;
        var sources = new List<(FundSource, int)>();
        for (var i = total + 1; i < header.Columns.Count; i++)
            if (FundSourceNames.Match(header.Columns[i]) is { } source) sources.Add((source, i));
        return new IncomeColumns(total, sources);
    }

    /// <summary>
    /// A header not printed cell for cell above the rows ("事业单位" and "经营收入" on two lines, the code column headed
    /// on a line of its own): the columns it names, in the template's order, after code and name.
    /// </summary>
    private static IncomeColumns TemplateOrderColumns(ColumnHeader header)
    {
        var text = header.RowText;
        var sources = new List<(FundSource, int)>();
        var next = 3;
        foreach (var (source, label) in FundSourceNames.TemplateOrder)
        {
            if (!text.Contains(label, StringComparison.Ordinal) || sources.Any(s => s.Item1 == source)) continue;
            if (source == FundSource.FiscalAppropriation && sources.Any(s => s.Item1 == FundSource.GeneralPublicBudget)) continue;
            sources.Add((source, next++));
        }
        return new IncomeColumns(2, sources);
    }

    private IncomeColumns AssumedColumns(SegmentedBlock block)
    {
        context.Note(block.StartLine, "部门收入总表: the header did not survive; income sources are read in the standard column order "
            + "(总计, 一般公共预算, 政府性基金, 国有资本经营, 财政专户, 事业收入, 上级补助, 附属单位上缴, 事业单位经营, 其他收入), non-empty cells only.");
        return new IncomeColumns(2, FundSourceNames.StandardOrder.Select((source, i) => (source, i + 3)).ToList());
    }

    private sealed record IncomeColumns(int Total, IReadOnlyList<(FundSource Source, int Index)> Sources);
}
