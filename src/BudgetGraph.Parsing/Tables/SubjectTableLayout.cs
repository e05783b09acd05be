using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

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

    private readonly bool _dropsEmptyCells;
    private readonly int _amountColumns;
    private readonly Dictionary<int, (RawRow Row, List<string> Figures)> _unplaced = [];

    private SubjectTableLayout(ColumnHeader header, IReadOnlyList<RawRow> dataRows, string firstName, string secondName, MoneyUnit unit, bool spaced)
    {
        DataRows = dataRows;
        Unit = unit;
        _firstName = firstName;
        _secondName = secondName;
        _dropsEmptyCells = spaced;
        var width = RowShapes.Width(dataRows.Where(r => RowShapes.StartsWithSubjectCode(r.Cells)));
        if (!header.IsEmpty && (spaced || (width > 0 && header.Columns.Count != width)))
        {
            // The header is not printed cell for cell: read which amount columns it names, in the template's order.
            var text = header.RowText;
            _name = 1;
            var next = 2;
            _total = text.Contains("合计") || text.Contains("总计") ? next++ : null;
            _first = text.Contains(firstName) ? next++ : null;
            _second = text.Contains(secondName) ? next : null;
            if (_total is null && _first is null && _second is null) (_total, _first, _second) = (2, 3, 4);
            _amountColumns = new[] { _total, _first, _second }.Count(c => c is not null);
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

    /// <summary>
    /// The layout of <paramref name="block"/>; its 合计 rows are put in the subject rows' columns first
    /// (<see cref="TotalRowCells"/>), so every data row has its amounts after code and name.
    /// </summary>
    public static SubjectTableLayout Of(ParseContext context, SegmentedBlock block, string firstName, string secondName, MoneyUnit unit)
    {
        var firstData = block.Rows.ToList().FindIndex(r => RowShapes.IsTotalRow(r.Cells) || RowShapes.StartsWithSubjectCode(r.Cells));
        if (firstData < 0) firstData = block.Rows.Count;
        var header = new ColumnHeader(block.Rows.Take(firstData));
        var dataRows = block.Rows.Skip(firstData).ToList();
        var width = RowShapes.Width(dataRows.Where(r => RowShapes.StartsWithSubjectCode(r.Cells)));
        var inPlace = dataRows.Select(r => TotalRowCells.InPlace(context, block, r, width, header)).ToList();
        if (block.IsSpaceSeparated)
            foreach (var row in inPlace.Where(r => RowShapes.IsTotalRow(r.Cells) || RowShapes.StartsWithSubjectCode(r.Cells)))
                SpaceSeparatedCells.RefuseTextAmongFigures(context, block.Title, row);
        var layout = new SubjectTableLayout(header, inPlace, firstName, secondName, unit, block.IsSpaceSeparated);
        foreach (var (line, groups) in block.AmbiguousGroups.OrderBy(a => a.Key))
            layout.ReadAmbiguousRow(context, block.Title, inPlace.FirstOrDefault(r => r.Line == line), line, groups);
        return layout;
    }

    /// <summary>The kinds of table this layout reads (functional and economic subject tables).</summary>
    public static bool Reads(TableKind kind) => kind is TableKind.GeneralPublicBudgetExpenditure or TableKind.DepartmentExpenditure
        or TableKind.GovernmentFundExpenditure or TableKind.StateCapitalExpenditure or TableKind.BasicExpenditureEconomic;

    /// <summary>
    /// A row holding two neighbouring cells that may be one figure with a space between its thousands ("800 500 300":
    /// 500 300 or 500 and 300; <see cref="SegmentedBlock.AmbiguousGroups"/>) is read as separate figures only when the
    /// header names 合计 and both splits and, so read, the row has a figure for each and 合计 = the two splits, all
    /// positive. Read as one figure it would then have two — 合计 and one split — which add up only when equal, and a
    /// figure joined from two groups is more than 999 times its first group: no joining adds up (a proof, not a guess;
    /// a note says so). Any other row is refused, as in every other table.
    /// </summary>
    private void ReadAmbiguousRow(ParseContext context, string title, RawRow? row, int line, string groups)
    {
        var figures = row?.Cells.Skip(2).Select(c => AmountText.TryParse(c, out var v) ? v : null).ToList();
        if (row is not null && figures is [> 0 and var total, > 0 and var first, > 0 and var second]
            && _amountColumns == 3 && _total == 2 && _first == 3 && _second == 4 && total == first + second)
        {
            context.Note(line, $"'{title}': line {line} prints '{string.Join(" ", row.Cells.Skip(2))}' with spaces between its cells: read as three figures, "
                + $"合计 {row.Cells[2]} = {_firstName} {row.Cells[3]} + {_secondName} {row.Cells[4]}; read with '{groups}' as one figure the row would not add up.");
            return;
        }
        throw context.Fail(line, SpaceSeparatedCells.AmbiguityReason(title, groups));
    }

    /// <summary>The row's name; a figure in the name cell refuses the document (<see cref="SubjectNameCell"/>).</summary>
    public string Name(ParseContext context, string title, RawRow row) => SubjectNameCell.Read(context, title, row, _name);

    public decimal? Total(ParseContext context, RawRow row, string label) => AmountCell.Read(context, row, _total, "总计", label, Unit);

    public decimal? First(ParseContext context, RawRow row, string label) =>
        Placeable(row) ? AmountCell.Read(context, row, _first, _firstName, label, Unit) : null;

    public decimal? Second(ParseContext context, RawRow row, string label) =>
        Placeable(row) ? AmountCell.Read(context, row, _second, _secondName, label, Unit) : null;

    /// <summary>
    /// In a table printed without cell separators and with its empty cells dropped, a row with more than its total
    /// but fewer figures than columns ("208 08 抚恤 294,000 294,000" under 合计 基本支出 项目支出) does not say which
    /// column a figure is in: its total is read and its split columns are left for <see cref="PlaceBySums"/>.
    /// </summary>
    private bool Placeable(RawRow row)
    {
        if (!_dropsEmptyCells) return true;
        var figures = Figures(row);
        if (figures.Count <= 1 || figures.Count >= _amountColumns) return true;
        if (!_unplaced.ContainsKey(row.Line)) _unplaced[row.Line] = (row, figures);
        return false;
    }

    private static List<string> Figures(RawRow row) => [.. row.Cells.Skip(2).Where(AmountText.IsNumber)];

    /// <summary>The split figure of a row <see cref="Placeable"/> refused (in 万元), for <see cref="SplitPlacement"/>.</summary>
    public decimal? LoneSplit(int line)
    {
        if (!_unplaced.TryGetValue(line, out var entry) || entry.Figures.Count != 2) return null;
        AmountText.TryParse(entry.Figures[1], out var amount);
        return Unit.ToWanYuan(amount);
    }

    /// <summary>
    /// Places the split figures of the rows <see cref="Placeable"/> refused where the table's sums allow only one column
    /// (<see cref="SplitPlacement"/>), and notes what was placed so and, figure by figure, what could not be.
    /// </summary>
    public IReadOnlyDictionary<int, (decimal? First, decimal? Second)> PlaceBySums(ParseContext context, string title, IReadOnlyList<SplitRow> rows)
    {
        if (_unplaced.Count == 0) return new Dictionary<int, (decimal?, decimal?)>();
        var placed = SplitPlacement.Solve(rows);
        if (placed.Count > 0)
        {
            context.Note(placed.Keys.Min(),
                $"'{title}' is printed without cell separators and drops its empty cells: the one {_firstName}/{_secondName} figure of lines "
                + $"{string.Join(", ", placed.Keys.Order())} is placed in the only column where every row adds up to its parent and to 合计 "
                + $"({string.Join(", ", placed.OrderBy(p => p.Key).Select(p => $"{p.Key}: {(p.Value.First is not null ? _firstName : _secondName)}"))}).");
        }
        var left = _unplaced.Where(u => !placed.ContainsKey(u.Key)).OrderBy(u => u.Key).ToList();
        if (left.Count > 0)
        {
            context.Note(left[0].Key,
                $"'{title}' is printed without cell separators and drops its empty cells: lines {string.Join(", ", left.Select(u => u.Key))} have fewer figures "
                + $"than the {_amountColumns} amount columns and the sums do not tell their columns, so only their totals are read; "
                + $"not placed in {_firstName}/{_secondName}: {string.Join(", ", left.Select(u => $"{u.Key}: {string.Join(" ", u.Value.Figures.Skip(1))}"))} (kept in the raw table).");
        }
        return placed;
    }
}
