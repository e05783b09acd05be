using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Reads 基本支出预算表: economic subjects with personnel (人员经费) and public (公用经费) columns.</summary>
internal sealed class EconomicTableReader(ParseContext context)
{
    public EconomicExpenditureTable Read(SegmentedBlock block, MoneyUnit unit)
    {
        var layout = SubjectTableLayout.Of(block, "人员经费", "公用经费", unit);
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
                rows.Add(new EconomicSubjectRow(code, layout.Name(row),
                    layout.Total(context, row, code), layout.First(context, row, code), layout.Second(context, row, code), row.Line));
            }
            else
            {
                context.Note(row.Line, $"'{block.Title}': line {row.Line} is neither a subject row nor 合计; kept only in the raw table.");
            }
        }

        layout.NoteUnplaced(context, block.Title);
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
