using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Performance;

/// <summary>Recognises the title lines of performance tables (through the one title recogniser, <see cref="Tables.TableTitles"/>).</summary>
internal static class PerformanceTitles
{
    /// <summary>
    /// A performance table title ("…绩效目标表", "…绩效目标申报表", optionally with a bracketed qualifier such as
    /// "（一级项目）"), recognised by the one title recogniser of all tables (<see cref="Tables.TableTitles"/>); without the
    /// colons and commas of a sentence that mentions such a table.
    /// </summary>
    public static TableKind? KindOf(string cell)
    {
        if (cell.Length is 0 or > 80 || cell.AsSpan().IndexOfAny("，。：,:") >= 0) return null;
        return Tables.TableTitles.TryRecognize(cell, out var kind, out _) && kind.IsPerformance() ? kind : null;
    }
}
