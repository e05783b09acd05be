namespace BudgetGraph.Parsing;

/// <summary>A disclosure that cannot be read: names the file, the 1-based line (0 for the whole file) and the reason.</summary>
public sealed class DisclosureParseException(string fileName, int line, string reason)
    : Exception($"{fileName}:{line}: {reason}")
{
    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
