using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Reads the "三公"经费 table: a two-row header (合计, 因公出国（境）费, 公务用车购置及运行费 split into 小计 / 购置费 /
/// 运行费, 公务接待费) over one row of figures. Each figure is taken by the position of its header; the usual order is
/// the fallback when the header is missing.
/// </summary>
internal sealed partial class ThreePublicCostsReader(ParseContext context)
{
    public ThreePublicCosts Read(SegmentedBlock block)
    {
        var dataIndex = block.Rows.ToList().FindIndex(IsFiguresRow);
        var header = new ColumnHeader(block.Rows.Take(dataIndex < 0 ? block.Rows.Count : dataIndex));
        int? Column(Func<string, bool> test, int fallback) => header.IsEmpty ? fallback : header.Find(test);

        var total = Column(h => h.Contains("合计") && !h.Contains("小计"), 0);
        var overseas = Column(h => h.Contains("出国"), 1);
        var subtotal = Column(h => h.Contains("小计"), 2);
        var purchase = Column(h => h.Contains("购置") && !h.Contains("运行") && !h.Contains("小计"), 3);
        var operation = Column(h => h.Contains("运行") && !h.Contains("购置") && !h.Contains("小计"), 4);
        var reception = Column(h => h.Contains("接待"), 5);

        if (dataIndex < 0)
        {
            context.Note(block.StartLine, $"'{block.Title}' has no row of figures.");
            return new ThreePublicCosts { Title = block.Title, TableNumber = block.TableNumber, Line = block.StartLine };
        }

        var row = block.Rows[dataIndex];
        return new ThreePublicCosts
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            Total = AmountCell.Read(context, row, total, "合计", "三公经费"),
            OverseasTravel = AmountCell.Read(context, row, overseas, "因公出国（境）费", "三公经费"),
            VehicleSubtotal = AmountCell.Read(context, row, subtotal, "公务用车购置及运行费 小计", "三公经费"),
            VehiclePurchase = AmountCell.Read(context, row, purchase, "公务用车购置费", "三公经费"),
            VehicleOperation = AmountCell.Read(context, row, operation, "公务用车运行费", "三公经费"),
            OfficialReception = AmountCell.Read(context, row, reception, "公务接待费", "三公经费"),
            Line = row.Line,
        };
    }

    /// <summary>
    /// Header cells are Chinese labels; the row of figures holds none except perhaps a leading label ("预算数").
    /// A figure that is not a number (e.g. "abc") still makes it the figures row, so that it is reported.
    /// </summary>
    private static bool IsFiguresRow(RawRow row) =>
        row.Cells.Skip(1).All(c => !Chinese().IsMatch(c)) && row.Cells.Skip(1).Any(c => c.Length > 0)
        || row.Cells.All(c => !Chinese().IsMatch(c)) && RowShapes.NonEmptyCount(row.Cells) > 0;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
