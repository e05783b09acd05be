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
    TableKind Kind,
    IReadOnlyList<BlockRow> Rows,
    bool IsSpaceSeparated = false);

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
