using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>Small questions asked about rows of cells by the block reader and the table readers.</summary>
internal static class RowShapes
{
    /// <summary>"合计", "总计", also printed spaced out ("合 计").</summary>
    public static bool IsTotalLabel(string cell) => cell.Replace(" ", "") is "合计" or "总计";

    /// <summary>A 合计 row: "合计" in the first cell, or in the second when the first (code) cell is empty.</summary>
    public static bool IsTotalRow(IReadOnlyList<string> cells) =>
        cells.Count > 0 && (IsTotalLabel(cells[0]) || (cells[0].Length == 0 && cells.Count > 1 && IsTotalLabel(cells[1])));

    public static bool StartsWithSubjectCode(IReadOnlyList<string> cells) =>
        cells.Count > 0 && SubjectCodes.IsSubjectCode(cells[0]);

    /// <summary>A row of the table's body: a subject row, a 合计 row or a row holding a figure.</summary>
    public static bool HoldsData(IReadOnlyList<string> cells) =>
        StartsWithSubjectCode(cells) || AnyNumber(cells) || (IsTotalRow(cells) && NonEmptyCount(cells) == 1);

    // Loops, not LINQ: these are asked of every row of every table.
    private static bool AnyNumber(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            if (AmountText.IsNumber(cells[i])) return true;
        return false;
    }

    public static bool IsEmpty(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Length > 0) return false;
        return true;
    }

    public static int NonEmptyCount(IReadOnlyList<string> cells)
    {
        var count = 0;
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Length > 0) count++;
        return count;
    }

    /// <summary>The first non-empty cell (the caller knows there is one).</summary>
    public static string FirstNonEmpty(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Length > 0) return cells[i];
        throw new InvalidOperationException("Sequence contains no matching element");
    }

    /// <summary>The most frequent cell count (ties: the wider), the shape a table's rows are printed in; 0 for no rows.</summary>
    public static int Width(IEnumerable<RawRow> rows)
    {
        var tally = new WidthTally();
        foreach (var row in rows) tally.Add(row.Cells.Count);
        return tally.Width;
    }

    /// <summary>
    /// <see cref="Width"/> kept as rows are added (a reader that grows a run row by row asks it after each row).
    /// </summary>
    public sealed class WidthTally
    {
        private readonly Dictionary<int, int> _counts = [];
        private int _frequency;

        public int Rows { get; private set; }
        /// <summary>The most frequent cell count so far (ties: the wider); 0 for no rows.</summary>
        public int Width { get; private set; }

        public void Add(int cellCount)
        {
            var count = _counts[cellCount] = _counts.GetValueOrDefault(cellCount) + 1;
            // Only this count changed: the most frequent is what it was, or this count.
            if (count > _frequency || (count == _frequency && cellCount > Width)) (Width, _frequency) = (cellCount, count);
            Rows++;
        }

        public void Clear()
        {
            _counts.Clear();
            (Rows, Width, _frequency) = (0, 0, 0);
        }
    }

    /// <summary>
    /// A single line of prose under a table: one non-empty cell that is not a number, code or 合计 (e.g. "备注：…",
    /// "表格数据为系统自动导出，可能存在小数点取舍差异。").
    /// </summary>
    public static bool IsRemark(IReadOnlyList<string> cells)
    {
        if (NonEmptyCount(cells) != 1 || cells.Count > 2) return false;
        var text = FirstNonEmpty(cells);
        if (RemarkLabel.HasLabel(text)) return true;
        // "三、事业单位经营收入" alone on its line is an item of a summary table whose other cells are empty.
        if (text.Length > 2 && text[1] == '、' || text.Length > 3 && text[2] == '、') return false;
        return text.Length >= 6 && !AmountText.IsNumber(text) && !SubjectCodes.IsSubjectCode(text) && !IsTotalLabel(text);
    }

    /// <summary>
    /// "单位：万元", "编制单位：…", "编制部门：… 单位：元" (one cell or several, none a number): facts about the table,
    /// not rows of it.
    /// </summary>
    public static bool IsMetadata(IReadOnlyList<string> cells)
    {
        if (NonEmptyCount(cells) == 0 || AnyNumber(cells)) return false;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i];
            foreach (var label in MetadataLabels)
                if (text.StartsWith(label, StringComparison.Ordinal)) return true;
            if (MoneyUnit.IsMeasureLabel(text)) return true;
        }
        return false;
    }

    private static readonly string[] MetadataLabels = ["单位：", "单位:", "金额单位", "货币单位", "编制单位", "编制部门", "预算主管部门"];
}
