using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Reads 基本支出预算表: economic subjects with personnel (人员经费) and public (公用经费) columns.</summary>
internal sealed class EconomicTableReader(ParseContext context)
{
    public EconomicExpenditureTable Read(SegmentedBlock block, MoneyUnit unit)
    {
        var layout = SubjectTableLayout.Of(context, block, "人员经费", "公用经费", unit);
        var rows = new List<EconomicSubjectRow>();
        EconomicSubjectRow? total = null;

        foreach (var row in layout.DataRows)
        {
            if (RowShapes.IsTotalRow(row.Cells))
            {
                total = new EconomicSubjectRow("", "合计",
                    layout.Total(context, row, "合计"), layout.First(context, row, "合计"), layout.Second(context, row, "合计"), row.Line);
            }
            else if (RowShapes.StartsWithSubjectCode(row.Cells))
            {
                var code = row.Cells[0];
                rows.Add(new EconomicSubjectRow(code, layout.Name(context, block.Title, row),
                    layout.Total(context, row, code), layout.First(context, row, code), layout.Second(context, row, code), row.Line));
            }
            else
            {
                context.Note(row.Line, $"'{block.Title}': line {row.Line} is neither a subject row nor 合计; kept only in the raw table.");
            }
        }

        // Rows whose one split figure has no printed column: placed where the sums allow only one (or noted).
        var placed = layout.PlaceBySums(context, block.Title,
            [.. rows.Select(r => new SplitRow(r.Code, r.Line, r.Total, r.Personnel, r.Public, layout.LoneSplit(r.Line))),
             .. total is null ? [] : new[] { new SplitRow("", total.Line, total.Total, total.Personnel, total.Public, layout.LoneSplit(total.Line)) }]);
        if (placed.Count > 0)
        {
            rows = [.. rows.Select(r => placed.TryGetValue(r.Line, out var p) ? r with { Personnel = p.First, Public = p.Second } : r)];
            if (total is not null && placed.TryGetValue(total.Line, out var t)) total = total with { Personnel = t.First, Public = t.Second };
        }
        return new EconomicExpenditureTable
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.StartLine,
            Total = total,
            Rows = rows,
            Remark = block.RemarkText,
            PrintedUnit = block.PrintedUnit?.Printed,
        };
    }
}
