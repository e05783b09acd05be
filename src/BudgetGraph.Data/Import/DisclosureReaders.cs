using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Import;

/// <summary>The readers the application uses.</summary>
public static class DisclosureReaders
{
    /// <summary>The disclosure parser of BudgetGraph.Parsing (UTF-8 or GB18030 text, both layouts).</summary>
    public static DisclosureReader Default { get; } = DisclosureParser.Parse;
}
