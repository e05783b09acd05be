namespace BudgetGraph.Parsing.Narrative;

/// <summary>
/// One paragraph of a narrative section, with its wrapped lines joined, and where each line's text starts in it,
/// so that a sentence can name the line it starts on.
/// </summary>
internal sealed record NarrativeParagraph(string Section, string Text, IReadOnlyList<(int Offset, int Line)> LineStarts)
{
    /// <summary>The line the character at <paramref name="offset"/> was printed on.</summary>
    public int LineAt(int offset)
    {
        var line = LineStarts[0].Line;
        foreach (var (start, number) in LineStarts)
        {
            if (start > offset) break;
            line = number;
        }
        return line;
    }
}
