namespace BudgetGraph.Parsing.Model;

/// <summary>
/// A table the disclosure says it contains: its number (表N) and/or title as announced, where and on which line.
/// <see cref="FoundLine"/> is the first line of the table found for it, null when it is missing.
/// </summary>
public sealed record AnnouncedTable(string? Number, string? Title, AnnouncementSource Source, int Line, int? FoundLine)
{
    public bool IsFound => FoundLine is not null;

    /// <summary>"表二 一般公共预算财政拨款支出预算表", "表四", or the title alone.</summary>
    public string Label => string.Join(" ", new[] { Number, Title }.Where(s => !string.IsNullOrEmpty(s)));
}
