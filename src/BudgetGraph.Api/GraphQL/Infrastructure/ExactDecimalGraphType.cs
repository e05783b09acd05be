using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// GraphQL.NET's <c>Decimal</c> scalar, except that a literal <see cref="decimal"/> cannot hold exactly (more than 28
/// or 29 significant digits, e.g. <c>100.00000000000000000000000000001</c>) is refused rather than rounded: an amount
/// given is the amount compared. Registered in place of the built-in scalar (same name, so the SDL is unchanged).
/// </summary>
public sealed class ExactDecimalGraphType : DecimalGraphType
{
    /// <summary>The scalar, named <c>Decimal</c> like the built-in one it replaces.</summary>
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "A decimal number (小数), exact: a literal with more significant digits than 28 is refused, not rounded. " +
                      "Amounts are in 万元 (ten thousand yuan).";
    }

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value)
    {
        var parsed = base.ParseLiteral(value);
        if (parsed is decimal number && value is GraphQLFloatValue or GraphQLIntValue)
        {
            var text = value is GraphQLFloatValue f ? f.Value : ((GraphQLIntValue)value).Value;
            if (!SameNumber(text.Span, number.ToString(CultureInfo.InvariantCulture)))
                throw new FormatException(
                    $"The number {text} has more significant digits than a Decimal holds exactly (28); it would be rounded to {number.ToString(CultureInfo.InvariantCulture)}.");
        }
        return parsed;
    }

    /// <inheritdoc/>
    public override bool CanParseLiteral(GraphQLValue value)
    {
        try
        {
            return ParseLiteral(value) is not null || value is GraphQLNullValue;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Whether two numerals (sign, digits, a point, an exponent) name the same number.</summary>
    private static bool SameNumber(ReadOnlySpan<char> literal, string parsed)
    {
        var (literalNegative, literalDigits, literalExponent) = Normalize(literal);
        var (parsedNegative, parsedDigits, parsedExponent) = Normalize(parsed);
        return literalDigits == parsedDigits && (literalDigits.Length == 0 || (literalNegative == parsedNegative && literalExponent == parsedExponent));
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
            // An exponent beyond long only comes with a number the base parse refused, or a zero (no digits to compare).
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
