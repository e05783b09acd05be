namespace BudgetGraph.Data.Import;

/// <summary>
/// Comparisons of two SQL expressions where null is a value like any other, spelled the same on SQLite and SQL Server
/// (SQLite's <c>IS</c> and SQL Server's <c>IS DISTINCT FROM</c> are each one provider's). A plain <c>a = b</c> or
/// <c>a &lt;&gt; b</c> is unknown, neither true nor false, when either side is null.
/// </summary>
internal static class NullSafeSql
{
    /// <summary>True when both are null or both hold the same value.</summary>
    public static string Same(string left, string right) =>
        $"({left} = {right} OR ({left} IS NULL AND {right} IS NULL))";

    /// <summary>
    /// True when exactly one is null or they hold different values. Not <c>NOT</c> <see cref="Same"/>: that is unknown,
    /// not true, when exactly one side is null, and would pass such a pair as equal.
    /// </summary>
    public static string Differs(string left, string right) =>
        $"({left} <> {right} OR ({left} IS NULL AND {right} IS NOT NULL) OR ({left} IS NOT NULL AND {right} IS NULL))";
}
