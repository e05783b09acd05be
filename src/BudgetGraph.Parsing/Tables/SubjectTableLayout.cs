using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The shared layout of the subject tables (functional and economic): code, name, total and two split columns
/// (基本支出/项目支出 or 人员经费/公用经费). Header rows are the rows before the first subject or 合计 row.
/// Columns are found by what the header says: by position when the header is printed cell for cell above the rows;
/// when it is not (the code column headed on a line of its own, "类 款 项" under it, a heading wrapped over lines),
/// the amount columns the header names are taken in the template's order (合计, then the two splits) after code and name.
/// </summary>
internal sealed class SubjectTableLayout
{
    private readonly int _name;
    private readonly int? _total;
    private readonly int? _first;
    private readonly int? _second;
    private readonly string _firstName;
    private readonly string _secondName;
    private readonly bool _byTemplateOrder;

    private SubjectTableLayout(ColumnHeader header, IReadOnlyList<RawRow> dataRows, string firstName, string secondName, MoneyUnit unit)
    {
        DataRows = dataRows;
        Unit = unit;
        _firstName = firstName;
        _secondName = secondName;
        var width = RowShapes.Width(dataRows.Where(r => RowShapes.StartsWithSubjectCode(r.Cells)));
        if (!header.IsEmpty && width > 0 && header.Columns.Count != width)
        {
            // The header is not printed cell for cell: read which amount columns it names, in the template's order.
            var text = header.RowText;
            _byTemplateOrder = true;
            _name = 1;
            var next = 2;
            _total = text.Contains("合计") || text.Contains("总计") ? next++ : null;
            _first = text.Contains(firstName) ? next++ : null;
            _second = text.Contains(secondName) ? next : null;
            if (_total is null && _first is null && _second is null) (_total, _first, _second) = (2, 3, 4);
            return;
        }
        _name = header.Find(h => h.Contains("科目名称") || h.EndsWith("名称")) ?? 1;
        var amountsFrom = _name + 1;
        _total = header.Find(h => h.Contains("总计") || h.Contains("合计"), amountsFrom) ?? (header.IsEmpty ? amountsFrom : null);
        _first = header.Find(h => h.Contains(firstName), amountsFrom) ?? (header.IsEmpty ? amountsFrom + 1 : null);
        _second = header.Find(h => h.Contains(secondName), amountsFrom) ?? (header.IsEmpty ? amountsFrom + 2 : null);
        // A header that names neither split column (unexpected template): fall back to the usual positions.
        if (_total is null && _first is null && _second is null)
            (_total, _first, _second) = (amountsFrom, amountsFrom + 1, amountsFrom + 2);
    }

    public IReadOnlyList<RawRow> DataRows { get; }

    /// <summary>The unit the amounts are printed in (converted to 万元 as they are read).</summary>
    public MoneyUnit Unit { get; }

    public static SubjectTableLayout Of(SegmentedBlock block, string firstName, string secondName, MoneyUnit unit)
    {
        var firstData = block.Rows.ToList().FindIndex(r => RowShapes.IsTotalRow(r.Cells) || RowShapes.StartsWithSubjectCode(r.Cells));
        if (firstData < 0) firstData = block.Rows.Count;
        var header = new ColumnHeader(block.Rows.Take(firstData));
        return new SubjectTableLayout(header, block.Rows.Skip(firstData).ToList(), firstName, secondName, unit);
    }

    public string Name(RawRow row) => _name < row.Cells.Count ? row.Cells[_name] : "";

    public decimal? Total(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, Shift(row, _total), "总计", label, Unit);

    public decimal? First(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, Shift(row, _first), _firstName, label, Unit);

    public decimal? Second(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, Shift(row, _second), _secondName, label, Unit);

    /// <summary>A "合计" cell standing for code and name together ("合计	156,211,123	…"): its amounts start one cell earlier.</summary>
    private int? Shift(RawRow row, int? column) =>
        _byTemplateOrder && column is { } c && RowShapes.IsTotalLabel(row.Cells[0]) ? c - 1 : column;
}
