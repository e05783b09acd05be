using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Parsing.Performance;

/// <summary>
/// The lines of one performance table, from its title to the line before the next table, already grouped into
/// logical rows of cells (whatever the layout was). <see cref="IsSpaceSeparated"/>: the table was extracted without
/// cell separators (cells split at spaces, empty cells dropped, merged cells printed on lines of their own), so its
/// cells cannot be read by position (see <see cref="SpacedCardReader"/>).
/// </summary>
internal sealed record TableBlock(
    string Title,
    string? TableNumber,
    int TitleLine,
    int EndLine,
    PerformanceTableKind Kind,
    IReadOnlyList<BlockRow> Rows,
    bool IsSpaceSeparated = false);

internal enum PerformanceTableKind
{
    /// <summary>部门（单位）整体（支出）绩效目标表.</summary>
    Overall,
    /// <summary>Any project card: 项目绩效目标表, 专项绩效目标申报表, 一般性项目绩效目标表, 重点专项资金绩效目标表 …</summary>
    ProjectCard,
}

/// <summary>
/// One logical row of a table: its cells normalised (<see cref="CellText.Normalize"/>) for reading, and as printed
/// (only trimmed) for the raw forms the model keeps, such as a full-width operator "＝".
/// </summary>
internal sealed record BlockRow(int Line, IReadOnlyList<string> Cells, IReadOnlyList<string> PrintedCells)
{
    public static BlockRow FromPrinted(int line, IReadOnlyList<string> printed) =>
        new(line, printed.Select(CellText.Normalize).ToList(), printed);

    /// <summary>The cell as printed, without surrounding white space (ordinary or full-width).</summary>
    public static string Printed(string cell) => cell.Trim();

    public RawRow ToRaw() => new(Line, Cells);
}
