using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Import;

/// <summary>The readers the application uses.</summary>
public static class DisclosureReaders
{
    /// <summary>The disclosure parser of BudgetGraph.Parsing.</summary>
    // Until the parser lands this reports every file as unreadable (clearly, with file and reason).
    public static DisclosureReader Default { get; } = (fileName, _) =>
        throw new DisclosureParseException(fileName, 0, "the disclosure parser is not available in this build");
}
