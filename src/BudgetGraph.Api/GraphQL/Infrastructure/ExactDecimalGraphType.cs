using GraphQL.Types;
using GraphQLParser.AST;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// GraphQL.NET's <c>Decimal</c> scalar, except that a literal or a JSON variable <see cref="decimal"/> cannot hold
/// exactly (more than 28 or 29 significant digits, e.g. <c>100.00000000000000000000000000001</c>, or an exponent that
/// does not resolve exactly, e.g. <c>1e-40</c>) is refused rather than rounded: an amount given is the amount compared.
/// Registered in place of the built-in scalar (same name, so the SDL is unchanged).
/// </summary>
public sealed class ExactDecimalGraphType : DecimalGraphType
{
    /// <summary>The scalar, named <c>Decimal</c> like the built-in one it replaces.</summary>
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "A decimal number (小数), exact: a literal or variable with more significant digits than 28, or beyond the decimal range, is refused, not rounded. " +
                      "Amounts are in 万元 (ten thousand yuan).";
    }

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLIntValue number => ExactDecimal.Parse(number.Value.Span),
        GraphQLFloatValue number => ExactDecimal.Parse(number.Value.Span),
        _ => base.ParseLiteral(value),
    };

    /// <summary>
    /// A variable's value. A JSON number a decimal cannot hold exactly arrives as its text (<see cref="JsonNumeral"/>,
    /// from <c>Http/JsonInputs</c>) and is refused like such a literal: a variable error naming the variable
    /// (<c>INVALID_VALUE</c>), the number as sent in <c>extensions.data.value</c>. Other numbers arrive exact
    /// (int, long, BigInteger, decimal); a BigInteger beyond the decimal range is refused by the base conversion.
    /// </summary>
    public override object? ParseValue(object? value) =>
        value is JsonNumeral numeral ? ExactDecimal.Parse(numeral.Text) : base.ParseValue(value);

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
}
