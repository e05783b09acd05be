using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads 政府采购预算明细表: optional 项目编号, 项目 (e.g. C 服务, or 货物类 with no figures), 总计 and the
/// 一般公共预算 column. An empty table is still a table: its 合计 row without figures and its remark are kept.
/// </summary>
internal sealed class ProcurementTableReader(ParseContext context)
{
    public ProcurementTable Read(SegmentedBlock block, MoneyUnit unit)
    {
        var headerIndex = block.Rows.ToList().FindIndex(r => r.Cells.Any(c => c.Replace(" ", "") is "总计" or "合计金额" or "金额"));
        var header = new ColumnHeader(headerIndex < 0 ? [] : block.Rows.Take(headerIndex + 1));
        var code = header.Find(h => h.Contains("编号") || h.Contains("编码"));
        var name = header.Find(h => h is "项目" or "项目名称" or "采购项目" or "品目" or "采购品目") ?? (code ?? -1) + 1;
        var total = header.Find(h => h is "总计" or "合计金额" or "金额") ?? name + 1;
        var generalPublicBudget = header.Find(h => h.Contains("一般公共预算"));

        decimal? tableTotal = null;
        var rows = new List<ProcurementRow>();
        // With a code column the rows print code and name before their figures, as subject rows do: so may 合计 miss its name cell.
        var width = RowShapes.Width(block.Rows.Skip(headerIndex + 1).Where(r => !RowShapes.IsTotalRow(r.Cells)));
        foreach (var row in block.Rows.Skip(headerIndex + 1))
        {
            if (RowShapes.IsTotalRow(row.Cells))
            {
                var inPlace = code == 0 && name == 1 ? TotalRowCells.InPlace(context, block, row, width, header) : row;
                tableTotal = AmountCell.Read(context, inPlace, total, "总计", "合计", unit);
                continue;
            }
            var rowCode = code is { } c && c < row.Cells.Count && row.Cells[c].Length > 0 ? row.Cells[c] : null;
            var rowName = name < row.Cells.Count ? row.Cells[name] : "";
            if (rowCode is null && rowName.Length == 0) continue;
            var label = rowCode ?? rowName;
            rows.Add(new ProcurementRow(rowCode, rowName,
                AmountCell.Read(context, row, total, "总计", label, unit),
                AmountCell.Read(context, row, generalPublicBudget, "一般公共预算拨款收入", label, unit),
                row.Line));
        }

        return new ProcurementTable
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            StartLine = block.StartLine,
            Total = tableTotal,
            Rows = rows,
            Remark = block.RemarkText,
            PrintedUnit = block.PrintedUnit?.Printed,
        };
    }
}
