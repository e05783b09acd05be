using System.Globalization;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Reads a numeral (sign, digits, a point, an exponent: GraphQL's and JSON's number grammar) as a <see cref="decimal"/>
/// only when the decimal holds it exactly. <see cref="decimal.Parse(string)"/> rounds past 28 or 29 significant digits
/// and turns a tiny exponent into 0; an amount given must be the amount compared, so those are refused instead.
/// </summary>
public static class ExactDecimal
{
    /// <summary>Whether <paramref name="numeral"/> names a number a decimal holds exactly, and that number.</summary>
    public static bool TryParse(ReadOnlySpan<char> numeral, out decimal number) =>
        decimal.TryParse(numeral, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
        && SameNumber(numeral, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The number <paramref name="numeral"/> names; <see cref="FormatException"/> when a decimal would round it,
    /// <see cref="OverflowException"/> when it lies beyond a decimal's range. The exception's <c>Data["value"]</c> is
    /// the numeral: a variable error shows it in <c>extensions.data</c>, where GraphQL.NET's message says "(object)".
    /// </summary>
    public static decimal Parse(ReadOnlySpan<char> numeral)
    {
        if (TryParse(numeral, out var number)) return number;
        Exception refusal = decimal.TryParse(numeral, NumberStyles.Float, CultureInfo.InvariantCulture, out var rounded)
            ? new FormatException($"The number {numeral} is not held exactly by a Decimal (28 significant digits, none beyond " +
                                  $"28 places after the point); it would be rounded to {rounded.ToString(CultureInfo.InvariantCulture)}.")
            : new OverflowException($"The number {numeral} lies beyond the range of a Decimal (±{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)}).");
        refusal.Data["value"] = numeral.ToString();
        throw refusal;
    }

    /// <summary>Whether two numerals name the same number.</summary>
    private static bool SameNumber(ReadOnlySpan<char> given, string held)
    {
        var (givenNegative, givenDigits, givenExponent) = Normalize(given);
        var (heldNegative, heldDigits, heldExponent) = Normalize(held);
        return givenDigits == heldDigits && (givenDigits.Length == 0 || (givenNegative == heldNegative && givenExponent == heldExponent));
    }

    /// <summary>A numeral as sign, significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static (bool Negative, string Digits, long Exponent) Normalize(ReadOnlySpan<char> numeral)
    {
        var negative = numeral.Length > 0 && numeral[0] == '-';
        if (negative || (numeral.Length > 0 && numeral[0] == '+')) numeral = numeral[1..];
        long exponent = 0;
        var e = numeral.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            // An exponent beyond long only comes with a number decimal.TryParse refused, or a zero (no digits to compare).
            long.TryParse(numeral[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent);
            numeral = numeral[..e];
        }
        var point = numeral.IndexOf('.');
        var digits = point < 0 ? numeral.ToString() : string.Concat(numeral[..point], numeral[(point + 1)..]);
        if (point >= 0) exponent -= numeral.Length - point - 1;
        digits = digits.TrimStart('0');
        var significant = digits.TrimEnd('0');
        exponent += digits.Length - significant.Length;
        return (negative, significant, exponent);
    }
}
