namespace BudgetGraph.Parsing.Model;

/// <summary>A table block exactly as read: title, number, and rows of trimmed cells with their lines.</summary>
public sealed record RawTable(string Title, string? TableNumber, int StartLine, int EndLine, IReadOnlyList<RawRow> Rows);

public sealed record RawRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Something the parser noticed and worked around (e.g. a table restarting after a page break).</summary>
public sealed record ParseNote(int Line, string Message);
