using System.Text.RegularExpressions;

namespace BudgetGraph.Parsing.Performance;

/// <summary>Recognises the title lines of performance tables and the lines that end a table.</summary>
internal static partial class PerformanceTitles
{
    /// <summary>
    /// A performance table title: "…绩效目标表", "…绩效目标申报表", optionally followed by a bracketed qualifier
    /// such as "（一级项目）". Short, so that a narrative sentence mentioning such a table is not taken for one.
    /// </summary>
    public static PerformanceTableKind? KindOf(string cell)
    {
        // A title is short and has no sentence punctuation: "详见部门整体绩效目标表。" is a reference, not a table.
        if (cell.Length is 0 or > 80 || cell.IndexOfAny(['，', '。', '：', ',', ':']) >= 0) return null;
        if (!PerformanceTitle().IsMatch(cell) || Tables.TableTitles.IsReference(cell)) return null;
        return cell.Contains("整体") ? PerformanceTableKind.Overall : PerformanceTableKind.ProjectCard;
    }

    /// <summary>A table number line such as "表十", "表十二", "表 3".</summary>
    public static bool IsTableNumber(string cell) => TableNumber().IsMatch(cell);

    /// <summary>
    /// A title of some other table ("…预算表", "…总表"): ends the current performance table in the tab layout.
    /// Not used in the one-cell-per-line layout, where every value cell stands alone on its line.
    /// </summary>
    public static bool IsOtherTableTitle(string cell) =>
        cell.Length is >= 6 and <= 80 && cell.EndsWith('表') && !cell.Contains('：') && !cell.Contains('，');

    [GeneratedRegex(@"绩效目标(申报)?表(（[^）]*）|\([^)]*\))?$")]
    private static partial Regex PerformanceTitle();

    [GeneratedRegex(@"^表\s*([一二三四五六七八九十]+|\d+)$")]
    private static partial Regex TableNumber();
}
