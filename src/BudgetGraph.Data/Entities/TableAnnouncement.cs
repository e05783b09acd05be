using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Entities;

/// <summary>
/// A table the disclosure announces — a 目录 entry, a 表N number (printed, or skipped between two printed ones), or a
/// table named in the 说明 — and the first line of the table found for it; <see cref="FoundLine"/> null: missing.
/// </summary>
public class TableAnnouncement
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget Budget { get; set; } = null!;
    /// <summary>表N as announced, e.g. 表二; null when announced by title only.</summary>
    public string? TableNumber { get; set; }
    /// <summary>Title as announced (or, for a number, the title of the table found under it); null when unknown.</summary>
    public string? Title { get; set; }
    public AnnouncementSource Source { get; set; }
    /// <summary>1-based line of the announcement.</summary>
    public int Line { get; set; }
    /// <summary>First line of the table found for it; null when it is missing.</summary>
    public int? FoundLine { get; set; }
}
