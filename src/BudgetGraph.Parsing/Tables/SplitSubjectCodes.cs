using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// Joins classification codes printed split over 类 / 款 / 项 columns ("208	05	01	行政单位离退休") into the code the
/// model uses ("2080501"). A 款 or 项 printed without its leading zero ("301	2	津贴补贴") is read as two digits
/// ("30102") with a parser note, so the published form stays visible.
/// </summary>
internal static partial class SplitSubjectCodes
{
    public static RawRow Join(ParseContext context, RawRow row)
    {
        var cells = row.Cells;
        if (cells.Count < 3 || !Category().IsMatch(cells[0]) || !Part().IsMatch(cells[1])) return row;

        var code = cells[0] + cells[1].PadLeft(2, '0');
        var used = 2;
        if (cells.Count > 3 && Part().IsMatch(cells[2]))
        {
            code += cells[2].PadLeft(2, '0');
            used = 3;
        }
        var printed = string.Join(" ", cells.Take(used));
        if (cells.Take(used).Skip(1).Any(c => c.Length == 1))
            context.Note(row.Line, $"Code printed as '{printed}' (a 款/项 without its leading zero): read as {code}.");
        return new RawRow(row.Line, [code, .. cells.Skip(used)]);
    }

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex Category();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex Part();
}
