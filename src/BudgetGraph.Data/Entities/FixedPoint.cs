namespace BudgetGraph.Data.Entities;

/// <summary>
/// Amounts are stored as 64-bit integers scaled by one million, so they are exact, sortable, summable and
/// indexable on SQLite and SQL Server alike (EF stores <see cref="decimal"/> as TEXT on SQLite and compares it
/// through a function no index serves). For money in 万元 one stored unit is one fen (分, 0.01 yuan):
/// 4,851.31 万元 is stored as 4_851_310_000.
/// </summary>
public static class FixedPoint
{
    public const long Scale = 1_000_000;

    /// <exception cref="OverflowException">More than six decimals, or out of range.</exception>
    public static long ToStored(decimal value)
    {
        var scaled = value * Scale;
        if (scaled != decimal.Truncate(scaled))
            throw new OverflowException($"{value} has more than six decimals and cannot be stored exactly.");
        return decimal.ToInt64(scaled);
    }

    public static long? ToStored(decimal? value) => value is { } v ? ToStored(v) : null;

    public static decimal FromStored(long stored) => (decimal)stored / Scale;

    public static decimal? FromStored(long? stored) => stored is { } s ? FromStored(s) : null;
}
