using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The shared layout of the subject tables (functional and economic): code, name, total and two split columns
/// (基本支出/项目支出 or 人员经费/公用经费). Header rows are the rows before the first subject or 合计 row.
/// </summary>
internal sealed class SubjectTableLayout
{
    private readonly int _name;
    private readonly int? _total;
    private readonly int? _first;
    private readonly int? _second;
    private readonly string _firstName;
    private readonly string _secondName;

    private SubjectTableLayout(ColumnHeader header, IReadOnlyList<RawRow> dataRows, string firstName, string secondName)
    {
        DataRows = dataRows;
        _firstName = firstName;
        _secondName = secondName;
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

    public static SubjectTableLayout Of(SegmentedBlock block, string firstName, string secondName)
    {
        var firstData = block.Rows.ToList().FindIndex(r => RowShapes.IsTotalRow(r.Cells) || RowShapes.StartsWithSubjectCode(r.Cells));
        if (firstData < 0) firstData = block.Rows.Count;
        var header = new ColumnHeader(block.Rows.Take(firstData));
        return new SubjectTableLayout(header, block.Rows.Skip(firstData).ToList(), firstName, secondName);
    }

    public string Name(RawRow row) => _name < row.Cells.Count ? row.Cells[_name] : "";

    public decimal? Total(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, _total, "总计", label);

    public decimal? First(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, _first, _firstName, label);

    public decimal? Second(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, _second, _secondName, label);
}
