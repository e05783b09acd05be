namespace BudgetGraph.Parsing.Model;

/// <summary>
/// Completeness of a disclosure: the tables it announces (目录, 表N numbering, the 说明 text), the tables found, the
/// announced ones not found, and tables printed more than once (each kept once: the copies are listed here and read
/// nowhere else, so no total counts them twice).
/// </summary>
public sealed record TableInventory
{
    public IReadOnlyList<AnnouncedTable> Announced { get; init; } = [];
    public IReadOnlyList<FoundTable> Found { get; init; } = [];
    /// <summary>Second and later copies of a table printed more than once (identical title and rows).</summary>
    public IReadOnlyList<FoundTable> Duplicates { get; init; } = [];

    public IReadOnlyList<AnnouncedTable> Missing => [.. Announced.Where(a => !a.IsFound)];

    /// <summary>Tables found only in part (cut by the end of the file, or a surviving fragment).</summary>
    public IReadOnlyList<FoundTable> Partial => [.. Found.Where(f => f.IsPartial)];
}
