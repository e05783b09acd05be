using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Performance;

/// <summary>Recognises the title lines of performance tables and the lines that end a table.</summary>
internal static class PerformanceTitles
{
    /// <summary>
    /// A performance table title ("…绩效目标表", "…绩效目标申报表", optionally with a bracketed qualifier such as
    /// "（一级项目）"), recognised by the one title recogniser of all tables (<see cref="Tables.TableTitles"/>); without the
    /// colons and commas of a sentence that mentions such a table.
    /// </summary>
    public static TableKind? KindOf(string cell)
    {
        if (cell.Length is 0 or > 80 || cell.IndexOfAny(['，', '。', '：', ',', ':']) >= 0) return null;
        return Tables.TableTitles.TryRecognize(cell, out var kind, out _) && kind.IsPerformance() ? kind : null;
    }

    /// <summary>A table number line such as "表十", "表十二", "表 3".</summary>
    public static bool IsTableNumber(string cell) => Tables.TableTitles.IsTableNumber(cell);

    /// <summary>
    /// A title of some other table ("…预算表", "…总表"): ends the current performance table in the tab layout.
    /// Not used in the one-cell-per-line layout, where every value cell stands alone on its line.
    /// </summary>
    public static bool IsOtherTableTitle(string cell) =>
        cell.Length is >= 6 and <= 80 && cell.EndsWith('表') && !cell.Contains('：') && !cell.Contains('，');
}
