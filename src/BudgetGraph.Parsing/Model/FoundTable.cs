namespace BudgetGraph.Parsing.Model;

/// <summary>
/// A table found in the text: title (for a headerless fragment, the table it was assigned to), number as printed or,
/// when not printed, as counted from the printed numbers around it (<see cref="NumberIsInferred"/>), lines, data rows
/// whether only part of it is there, and the unit of its amounts as printed with it ("万元" from "单位：万元"), if any.
/// </summary>
public sealed record FoundTable(
    string Title,
    string? Number,
    bool NumberIsInferred,
    int StartLine,
    int EndLine,
    int RowCount,
    bool HasPrintedTitle,
    bool IsPartial,
    string? PrintedUnit = null);
