namespace BudgetGraph.Parsing.Text;

/// <summary>One line of a decoded disclosure with its 1-based line number, as read (tabs kept).</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    /// <summary>
    /// The cells of a line of <see cref="SourceLines.Read"/>, split once however many readers ask (the segmenter, the
    /// unit, year and narrative readers all look at every line's cells). Shared by the copies of this value; a copy
    /// with other text (<c>with { Text = … }</c>) does not use it.
    /// </summary>
    private readonly CellCache? _cache;

    internal SourceLine(int number, string text, bool cacheCells) : this(number, text)
    {
        if (cacheCells) _cache = new CellCache(text);
    }

    /// <summary>The line split on tabs, each cell normalised with <see cref="CellText.Normalize"/>.</summary>
    public IReadOnlyList<string> Cells() =>
        _cache is { } cache && ReferenceEquals(cache.Text, Text) ? cache.Cells ??= Split(Text) : Split(Text);

    /// <summary>Empty or only white space (a full-width space U+3000 is white space too).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool Equals(SourceLine other) => Number == other.Number && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Number, Text);

    private static string[] Split(string text)
    {
        var count = text.AsSpan().Count('\t') + 1;
        var cells = new string[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = text.IndexOf('\t', start);
            if (end < 0) end = text.Length;
            cells[i] = CellText.Normalize(text, start, end - start);
            start = end + 1;
        }
        return cells;
    }

    private sealed class CellCache(string text)
    {
        public string Text { get; } = text;
        public string[]? Cells { get; set; }
    }
}
