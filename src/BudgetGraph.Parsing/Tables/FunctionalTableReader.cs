using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads the tables of functional subjects (表二, 表八, 政府性基金, 国有资本经营): code, name, total, basic, project,
/// the 合计 row and the remark. Columns are found by their header (总计/合计, 基本支出, 项目支出), else by position.
/// </summary>
internal sealed class FunctionalTableReader(ParseContext context)
{
    public FunctionalExpenditureTable Read(SegmentedBlock block, FunctionalTableKind kind, MoneyUnit unit)
    {
        var layout = SubjectTableLayout.Of(context, block, "基本支出", "项目支出", unit);
        var rows = new List<FunctionalSubjectRow>();
        SubjectAmounts? total = null;
        int? totalLine = null;

        foreach (var row in layout.DataRows)
        {
            if (RowShapes.IsTotalRow(row.Cells))
            {
                total = new SubjectAmounts(
                    layout.Total(context, row, "合计"), layout.First(context, row, "合计"), layout.Second(context, row, "合计"));
                totalLine = row.Line;
            }
            else if (RowShapes.StartsWithSubjectCode(row.Cells))
            {
                var code = row.Cells[0];
                rows.Add(new FunctionalSubjectRow(code, layout.Name(context, block.Title, row),
                    layout.Total(context, row, code), layout.First(context, row, code), layout.Second(context, row, code), row.Line));
            }
            else
            {
                context.Note(row.Line, $"'{block.Title}': line {row.Line} is neither a subject row nor 合计; kept only in the raw table.");
            }
        }

        // Rows whose one split figure has no printed column: placed where the sums allow only one (or noted).
        var placed = layout.PlaceBySums(context, block.Title,
            [.. rows.Select(r => new SplitRow(r.Code, r.Line, r.Total, r.Basic, r.Project, layout.LoneSplit(r.Line))),
             .. total is null ? [] : new[] { new SplitRow("", totalLine!.Value, total.Total, total.Basic, total.Project, layout.LoneSplit(totalLine.Value)) }]);
        if (placed.Count > 0)
        {
            rows = [.. rows.Select(r => placed.TryGetValue(r.Line, out var p) ? r with { Basic = p.First, Project = p.Second } : r)];
            if (totalLine is { } line && placed.TryGetValue(line, out var t)) total = total! with { Basic = t.First, Project = t.Second };
        }
        return new FunctionalExpenditureTable
        {
            Kind = kind,
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.StartLine,
            Total = total,
            TotalLine = totalLine,
            Rows = rows,
            Remark = block.RemarkText,
            PrintedUnit = block.PrintedUnit?.Printed,
        };
    }
}
