using System.Collections;
using System.Globalization;

namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// Amounts given in a filter beyond what a fixed-point column can hold (±9,223,372,036,854.775807 万元, a 64-bit integer
/// of millionths) are not errors: every stored amount lies between those limits, so the condition is restated against
/// the nearest limit with the same answer for every stored value — <c>lt: 1e20</c> as <c>lte</c> the largest
/// storable amount (every non-null amount), <c>gt: 1e20</c> as <c>gt</c> it (none), <c>eq</c> as <c>in: []</c>
/// (none), and out-of-range items of <c>in</c>/<c>nin</c> are dropped (they equal nothing).
/// </summary>
internal static class FixedPointBounds
{
    /// <summary>The largest amount a fixed-point column holds (<see cref="long.MaxValue"/> millionths).</summary>
    public static readonly decimal Max = (decimal)long.MaxValue / Data.Entities.FixedPoint.Scale;

    /// <summary>The smallest amount a fixed-point column holds (<see cref="long.MinValue"/> millionths).</summary>
    public static readonly decimal Min = (decimal)long.MinValue / Data.Entities.FixedPoint.Scale;

    /// <summary>The operation and value to filter with in place of <paramref name="operation"/> and <paramref name="raw"/>.</summary>
    public static (string Operation, object? Value) Restate(string operation, object? raw)
    {
        if (raw is null) return (operation, raw);
        if (operation is "in" or "nin")
            return (operation, raw is IEnumerable items ? items.Cast<object?>().Where(i => i is null || Side(i) == 0).ToArray() : raw);
        var side = Side(raw);
        if (side == 0) return (operation, raw);
        var limit = side > 0 ? Max : Min;
        return (operation, side) switch
        {
            ("eq", _) => ("in", Array.Empty<object?>()),
            ("neq", _) => ("nin", Array.Empty<object?>()),
            // Above every stored amount: each one is below it, none above or equal.
            ("lt" or "lte", > 0) => ("lte", limit),
            ("nlt" or "nlte", > 0) => ("nlte", limit),
            ("gt" or "gte", > 0) => ("gt", limit),
            ("ngt" or "ngte", > 0) => ("ngt", limit),
            // Below every stored amount: each one is above it, none below or equal.
            ("gt" or "gte", < 0) => ("gte", limit),
            ("ngt" or "ngte", < 0) => ("ngte", limit),
            ("lt" or "lte", < 0) => ("lt", limit),
            ("nlt" or "nlte", < 0) => ("nlt", limit),
            _ => (operation, raw),
        };
    }

    /// <summary>+1 above every storable amount, -1 below every one, 0 within the limits.</summary>
    private static int Side(object value)
    {
        var amount = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        return amount > Max ? 1 : amount < Min ? -1 : 0;
    }
}
