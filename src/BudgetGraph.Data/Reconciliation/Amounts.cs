using System.Globalization;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>Small helpers shared by the rules: empty cells count as zero in a sum; amounts print as published.</summary>
internal static class Amounts
{
    public static decimal Sum(IEnumerable<decimal?> values) => values.Sum(v => v ?? 0m);

    /// <summary>True when both sides are stated (or the sum has something to say) and differ.</summary>
    public static bool Differ(decimal? stated, decimal computed, bool anyPart) =>
        (stated is not null || anyPart) && (stated ?? 0m) != computed;

    public static string Show(decimal? value) =>
        value is { } v ? v.ToString("#,##0.00####", CultureInfo.InvariantCulture) : "(empty)";
}
