namespace BudgetGraph.Parsing.Text;

/// <summary>Splits decoded text into numbered <see cref="SourceLine"/>s (CRLF, CR and LF all end a line).</summary>
public static class SourceLines
{
    /// <summary>
    /// The lines every reader works on: <see cref="Split"/>, then page furniture (page numbers, break markers, rules
    /// across tables) emptied by <see cref="PageFurniture.Remove"/> — the one place where that is done.
    /// </summary>
    public static IReadOnlyList<SourceLine> Read(string text) => PageFurniture.Remove(Split(text)).Lines;

    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.Add(new SourceLine(lines.Count + 1, text[start..], cacheCells: true));
                break;
            }
            end += start;
            lines.Add(new SourceLine(lines.Count + 1, text[start..end], cacheCells: true));
            // CRLF, CR and LF each end a line; a final line break does not start another line.
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return lines.ToArray();
    }
}
