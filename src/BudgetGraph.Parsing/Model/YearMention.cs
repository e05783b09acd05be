namespace BudgetGraph.Parsing.Model;

/// <summary>A year a text of the document plans for (e.g. "2025年全年补贴发放"), with the line it stands on.</summary>
public sealed record YearMention(int Year, string Context, int Line);
