using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Tables;

/// <summary>
/// One table as segmented from the text: its title (or, for a headerless fragment, the title of the table it was
/// assigned to), its rows of normalised cells and the remark lines printed under it.
/// </summary>
internal sealed record SegmentedBlock
{
    public required TableKind Kind { get; init; }
    public required string Title { get; init; }
    public string? TableNumber { get; init; }
    /// <summary>The title line, or the first row for a fragment that had no title.</summary>
    public required int StartLine { get; init; }
    public required int EndLine { get; init; }
    /// <summary>Text before the title's ending (e.g. the unit's name), when the title carries one.</summary>
    public string? UnitPrefix { get; init; }
    /// <summary>False for a fragment found without its title and header (e.g. the tail of a table after a page break).</summary>
    public bool HasPrintedTitle { get; init; } = true;
    public IReadOnlyList<RawRow> Rows { get; init; } = [];
    public IReadOnlyList<RawRow> Remarks { get; init; } = [];
    /// <summary>Lines such as "单位：万元" printed with the table.</summary>
    public IReadOnlyList<RawRow> Metadata { get; init; } = [];
    /// <summary>The unit of measure the table prints ("单位：元", a "（万元）" header cell); null when it prints none.</summary>
    public MoneyUnit? PrintedUnit { get; init; }
    /// <summary>Cells separated by spaces, not tabs, with empty cells dropped (see <see cref="SpaceSeparatedCells"/>).</summary>
    public bool IsSpaceSeparated { get; init; }
    /// <summary>
    /// Rows (by line) of a subject table printed with spaces between its cells holding two neighbouring cells that may
    /// be one figure (<see cref="SpaceSeparatedCells.AmbiguousDigitGroups"/>): left to <see cref="SubjectTableLayout"/>,
    /// which reads them by the table's sums or refuses the document. Every other table refuses such a row at once.
    /// </summary>
    public IReadOnlyDictionary<int, string> AmbiguousGroups { get; init; } = new Dictionary<int, string>();
    /// <summary>The line the unit was read from (0 when none was printed).</summary>
    public int UnitLine { get; init; }
    /// <summary>A label of the unit of measure naming no unit the parser knows ("单位：美元"), when no unit was read.</summary>
    public UnitLabel? UnreadUnitLabel { get; init; }

    /// <summary>Every line of the block as read, in order: rows, remarks and "单位：万元" lines alike.</summary>
    public RawTable ToRawTable() => new(Title, TableNumber, StartLine, EndLine, [.. Rows.Concat(Remarks).Concat(Metadata).OrderBy(r => r.Line)]);

    /// <summary>The remark text without its "备注：" label and enclosing brackets, lines joined by a line break.</summary>
    public string? RemarkText => Remarks.Count == 0
        ? null
        : string.Join("\n", Remarks.Select(r => RemarkLabel.Strip(r.Cells.First(c => c.Length > 0))));
}

/// <summary>A unit-of-measure label as printed and its line.</summary>
internal sealed record UnitLabel(string Text, int Line);
