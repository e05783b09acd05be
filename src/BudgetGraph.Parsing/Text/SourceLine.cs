namespace BudgetGraph.Parsing.Text;

/// <summary>One line of a decoded disclosure with its 1-based line number, as read (tabs kept).</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    /// <summary>The line split on tabs, each cell normalised with <see cref="CellText.Normalize"/>.</summary>
    public IReadOnlyList<string> Cells() => Text.Split('\t').Select(CellText.Normalize).ToArray();

    public bool IsBlank => string.IsNullOrWhiteSpace(Text.Replace('\u3000', ' '));
}
