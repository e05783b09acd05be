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
        var parts = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        // A final line break does not start another line.
        var count = parts.Length > 0 && parts[^1].Length == 0 ? parts.Length - 1 : parts.Length;
        var lines = new SourceLine[count];
        for (var i = 0; i < count; i++) lines[i] = new SourceLine(i + 1, parts[i]);
        return lines;
    }
}
