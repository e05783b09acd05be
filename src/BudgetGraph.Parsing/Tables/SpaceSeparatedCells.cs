using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// The third layout of the family: a table extracted from a PDF with its cells separated by single spaces, no tabs
/// ("208 05 01 行政单位离退休 2,614,680 2,614,680"), empty cells dropped, and a figure glued to the label of the next
/// column ("47,483,458一、社会保障和就业支出"). A line is split on spaces and between a figure and a following label; an
/// enumerator ("1.", "（一）") stays with its label; a remark ("注：…") stays one cell.
/// </summary>
internal static partial class SpaceSeparatedCells
{
    /// <summary>True when no line of the block has a tab (the block was printed with spaces between cells).</summary>
    public static bool IsUsedBy(IReadOnlyList<TableBlockReader.PlacedRow> rows) =>
        rows.Count > 0 && rows.All(r => !r.Text.Contains('\t'));

    public static IReadOnlyList<string> Split(string text)
    {
        var line = CellText.Normalize(text);
        if (line.Length == 0 || RemarkLabel.HasLabel(line) || MoneyUnitLine().IsMatch(line)) return [line];
        var tokens = GluedFigure().Replace(line, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cells = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Enumerator().IsMatch(tokens[i]) && i + 1 < tokens.Count && !AmountText.IsNumber(tokens[i + 1]))
            {
                cells.Add(tokens[i] + " " + tokens[i + 1]);
                i++;
            }
            else cells.Add(tokens[i]);
        }
        return cells;
    }

    /// <summary>
    /// Two neighbouring cells of a split row that may be one figure printed with a space between its thousands
    /// ("1 234.56", "33 775 592"): a whole number of one to three digits followed by three digits (and decimals). Split at
    /// spaces they are two figures, and the text cannot say whether they are; the caller refuses the row. A subject
    /// code ("201") leading its row is no such group. Null when there is none.
    /// </summary>
    public static string? AmbiguousDigitGroups(IReadOnlyList<string> cells)
    {
        for (var i = cells.Count > 0 && SubjectCodes.IsSubjectCode(cells[0]) ? 1 : 0; i + 1 < cells.Count; i++)
            if (MayBeOneFigure(cells[i], cells[i + 1])) return cells[i] + " " + cells[i + 1];
        return null;
    }

    /// <summary>Why a row holding <paramref name="groups"/> (<see cref="AmbiguousDigitGroups"/>) is refused.</summary>
    public static string AmbiguityReason(string title, string groups) =>
        $"'{title}': '{groups}' is printed in a table whose cells are separated by spaces: it is "
        + $"one figure with a space between its thousands ({groups.Replace(" ", "")}) or two figures, and the text cannot say which.";

    /// <summary>
    /// In a subject row whose empty cells were dropped, the cells after code and name are its figures, placed by their
    /// count: a cell among them that is no amount ("约100", "12.3万", "47.59%") would be skipped and the others placed
    /// without it, or read as a split figure when the sums place it. Refused naming the line and the cell.
    /// </summary>
    public static void RefuseTextAmongFigures(ParseContext context, string title, RawRow row)
    {
        for (var i = 2; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (!AmountText.IsPercentage(cell) && AmountText.TryParse(cell, out _)) continue;
            throw context.Fail(row.Line, $"'{title}': row '{row.Cells[0]}' is printed without cell separators and holds '{cell}' (cell {i + 1}) "
                + "among its figures, which is no amount of money: its figures cannot be placed without it.");
        }
    }

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/>, split at a space, may be one figure ("1", "234.56").</summary>
    public static bool MayBeOneFigure(string first, string second) => LeadingGroup().IsMatch(first) && FollowingGroup().IsMatch(second);

    [GeneratedRegex(@"^[+-]?[1-9]\d{0,2}$")]
    private static partial Regex LeadingGroup();

    [GeneratedRegex(@"^\d{3}(\.\d*)?$")]
    private static partial Regex FollowingGroup();

    // A figure directly followed by a label: "47,483,458一、…" (not "2026年": a year is part of its words).
    [GeneratedRegex(@"(?<=\d)(?=[一二三四五六七八九十]、)")]
    private static partial Regex GluedFigure();

    [GeneratedRegex(@"^(\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)$")]
    private static partial Regex Enumerator();

    // A unit label is one cell however it is written ("单位 元" is not two cells "单位", "元").
    [GeneratedRegex(@"^(编制部门|编制单位|预算主管部门|(金额|货币)?单位)\s*([:：]|[（(]|\s)")]
    private static partial Regex MoneyUnitLine();
}
