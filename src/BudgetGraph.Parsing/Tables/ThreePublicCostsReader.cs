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
    public ThreePublicCosts Read(SegmentedBlock block, MoneyUnit unit)
    {
        var dataIndex = block.Rows.ToList().FindIndex(IsFiguresRow);
        var headerRows = block.Rows.Take(dataIndex < 0 ? block.Rows.Count : dataIndex).ToList();
        var header = new ColumnHeader(headerRows);
        if (dataIndex < 0)
        {
            context.Note(block.StartLine, $"'{block.Title}' has no row of figures.");
            return new ThreePublicCosts
            {
                Title = block.Title, TableNumber = block.TableNumber, Line = block.StartLine,
                Remark = block.RemarkText, PrintedUnit = block.PrintedUnit?.Printed,
            };
        }

        // Printed down the page (项目 | 预算数, then one row per figure: 合计 18.00, 因公出国（境）费, …): each figure
        // by the label of its own row. Read across, no header cell would name a figure and every one would be empty.
        if (Vertical(block, headerRows) is { } labelled) return ReadVertical(block, labelled, unit);

        var row = block.Rows[dataIndex];
        var byLeafOrder = !header.IsEmpty && header.Columns.Count < row.Cells.Count(c => c.Length > 0);
        var columns = byLeafOrder ? LeafOrder(string.Concat(headerRows.SelectMany(r => r.Cells)).Replace(" ", "")) : Positions(header);
        // Only a row printed with spaces has lost its empty cells (they are dropped with the spaces); in a tab-separated
        // row an empty cell stands in its column (an empty 因公出国 figure), and dropping it would shift every figure
        // after it into the wrong column.
        if (byLeafOrder && block.IsSpaceSeparated) row = new RawRow(row.Line, [.. row.Cells.Where(c => c.Length > 0)]);
        return Costs(block, leaf => (row, columns.GetValueOrDefault(leaf)), unit, row.Line);
    }

    /// <summary>
    /// The table's figures, each read where <paramref name="cellOf"/> says its leaf is printed (a row and a column; none
    /// when the table does not print it), in <paramref name="unit"/>.
    /// </summary>
    private ThreePublicCosts Costs(SegmentedBlock block, Func<string, (RawRow Row, int? Column)?> cellOf, MoneyUnit unit, int line)
    {
        decimal? Figure(string leaf, string name) =>
            cellOf(leaf) is var (row, column) ? AmountCell.Read(context, row, column, name, "三公经费", unit) : null;
        return new ThreePublicCosts
        {
            Title = block.Title,
            TableNumber = block.TableNumber,
            Total = Figure(TotalLeaf, "合计"),
            OverseasTravel = Figure(OverseasLeaf, "因公出国（境）费"),
            VehicleSubtotal = Figure(SubtotalLeaf, "公务用车购置及运行费 小计"),
            VehiclePurchase = Figure(PurchaseLeaf, "公务用车购置费"),
            VehicleOperation = Figure(OperationLeaf, "公务用车运行费"),
            OfficialReception = Figure(ReceptionLeaf, "公务接待费"),
            OperatingCosts = Figure(OperatingCostsLeaf, "机关运行经费"),
            Remark = block.RemarkText,
            PrintedUnit = block.PrintedUnit?.Printed,
            Line = line,
        };
    }

    /// <summary>
    /// The rows of a table printed down the page — no header cell names a 三公 figure, and at least three rows start with
    /// the label of one — with the figure each names; null for a table printed across.
    /// </summary>
    private static List<(string Leaf, RawRow Row)>? Vertical(SegmentedBlock block, List<RawRow> headerRows)
    {
        if (headerRows.SelectMany(r => r.Cells).Any(c => LeafOfLabel(c) is not null)) return null;
        var labelled = block.Rows.Select(r => (Leaf: r.Cells.Count > 0 ? LeafOfLabel(r.Cells[0]) : null, Row: r))
            .Where(r => r.Leaf is not null).Select(r => (r.Leaf!, r.Row)).ToList();
        return labelled.Count >= 3 ? labelled : null;
    }

    /// <summary>Which figure a row label names ("其中：公务用车购置费" → 购置费; "公务用车购置及运行费" → its 小计); null for none.</summary>
    private static string? LeafOfLabel(string label) => label switch
    {
        _ when label.Contains("机关运行经费") => OperatingCostsLeaf,
        _ when label.Contains("购置及运行") || label.Contains("小计") => SubtotalLeaf,
        _ when label.Contains("合计") => TotalLeaf,
        _ when label.Contains("出国") => OverseasLeaf,
        _ when label.Contains("购置费") => PurchaseLeaf,
        _ when label.Contains("运行费") => OperationLeaf,
        _ when label.Contains("接待") => ReceptionLeaf,
        _ => null,
    };

    /// <summary>Each figure from the row its label names, the figure in the cell after the label.</summary>
    private ThreePublicCosts ReadVertical(SegmentedBlock block, List<(string Leaf, RawRow Row)> labelled, MoneyUnit unit)
    {
        context.Note(labelled[0].Row.Line, $"'{block.Title}' is printed down the page (a row per figure): each figure is read from its row's label.");
        return Costs(block, leaf => labelled.FirstOrDefault(r => r.Leaf == leaf) is { Row: { } row } ? (row, 1) : null,
            unit, labelled[0].Row.Line);
    }

    private const string TotalLeaf = "合计", OverseasLeaf = "出国", SubtotalLeaf = "小计", PurchaseLeaf = "购置费",
        OperationLeaf = "运行费", ReceptionLeaf = "接待", OperatingCostsLeaf = "机关运行经费";

    /// <summary>Each figure by the position of its header cell; the usual order when the header is missing.</summary>
    private static Dictionary<string, int?> Positions(ColumnHeader header)
    {
        int? Column(Func<string, bool> test, int fallback) => header.IsEmpty ? fallback : header.Find(test);
        return new Dictionary<string, int?>
        {
            [TotalLeaf] = Column(h => h.Contains("合计") && !h.Contains("小计"), 0),
            [OverseasLeaf] = Column(h => h.Contains("出国"), 1),
            [SubtotalLeaf] = Column(h => h.Contains("小计"), 2),
            [PurchaseLeaf] = Column(h => h.Contains("购置") && !h.Contains("运行") && !h.Contains("小计"), 3),
            [OperationLeaf] = Column(h => h.Contains("运行") && !h.Contains("购置") && !h.Contains("小计") && !h.Contains("机关运行经费"), 4),
            [ReceptionLeaf] = Column(h => h.Contains("接待"), 5),
            [OperatingCostsLeaf] = header.IsEmpty ? null : header.Find(h => h.Contains("机关运行经费")),
        };
    }

    /// <summary>
    /// A header printed over more lines than it has cells (merged cells extracted line by line: "合计 因公出国(境)费
    /// 公务接待费" above "小计 购置费 运行费"): the figures follow the leaf headers in the order they are printed, and
    /// 机关运行经费, a column of its own beside the 三公 group (its header spans all header lines, so its place in the
    /// text says nothing), comes after them, as the table's title names it.
    /// </summary>
    private static Dictionary<string, int?> LeafOrder(string text)
    {
        var found = new List<(string Leaf, int At)>();
        void Find(string leaf, int at) { if (at >= 0) found.Add((leaf, at)); }
        Find(TotalLeaf, text.IndexOf("合计", StringComparison.Ordinal));
        Find(OverseasLeaf, text.IndexOf("出国", StringComparison.Ordinal));
        Find(ReceptionLeaf, text.IndexOf("接待", StringComparison.Ordinal));
        Find(SubtotalLeaf, text.IndexOf("小计", StringComparison.Ordinal));
        Find(PurchaseLeaf, text.IndexOf("购置费", StringComparison.Ordinal));
        var operation = -1;
        for (var at = text.IndexOf("运行费", StringComparison.Ordinal); at >= 0; at = text.IndexOf("运行费", at + 1, StringComparison.Ordinal))
            if (at == 0 || text[at - 1] != '及') { operation = at; break; }
        Find(OperationLeaf, operation);
        var columns = found.OrderBy(f => f.At).Select((f, i) => (f.Leaf, Index: (int?)i)).ToDictionary(f => f.Leaf, f => f.Index);
        if (text.Contains("机关运行经费", StringComparison.Ordinal)) columns[OperatingCostsLeaf] = found.Count;
        return columns;
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
