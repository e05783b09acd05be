using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The header of a table, possibly printed over several rows ("功能分类科目 / 2024年预算数" above "科目编码 / … / 总计"),
/// merged per column so a column can be found by what its header says rather than by position. Spaces are removed
/// because headers wrap inside cells ("政府性基金预 算拨款收入").
/// </summary>
internal sealed class ColumnHeader
{
    private readonly string[] _columns;

    public ColumnHeader(IEnumerable<RawRow> headerRows)
    {
        var rows = headerRows.ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        _columns = new string[width];
        for (var i = 0; i < width; i++)
            _columns[i] = string.Concat(rows.Select(r => i < r.Cells.Count ? r.Cells[i] : "")).Replace(" ", "");
        RowText = string.Concat(rows.SelectMany(r => r.Cells)).Replace(" ", "");
    }

    public bool IsEmpty => _columns.Length == 0;

    /// <summary>The header's words in reading order (row by row, spaces removed): "事业单位" + "经营收入" wrapped over two lines read as one.</summary>
    public string RowText { get; private init; } = "";

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The first column at or after <paramref name="from"/> whose header satisfies <paramref name="predicate"/>.</summary>
    public int? Find(Func<string, bool> predicate, int from = 0)
    {
        for (var i = from; i < _columns.Length; i++)
            if (predicate(_columns[i])) return i;
        return null;
    }
}
