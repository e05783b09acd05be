using System.Globalization;
using System.Numerics;
using System.Text.Json;
using BudgetGraph.Api.GraphQL.Infrastructure;
using GraphQL;

namespace BudgetGraph.Api.Http;

/// <summary>
/// A request's <c>variables</c> or <c>extensions</c> (a JSON object) as GraphQL.NET's <see cref="Inputs"/>: objects as
/// dictionaries, arrays as lists, strings, booleans and nulls as themselves — as GraphQL.NET's own reader does — but
/// without rounding a number. An integer becomes an <see cref="int"/>, <see cref="long"/> or <see cref="BigInteger"/>;
/// any other number the <see cref="decimal"/> that holds it exactly (<see cref="ExactDecimal"/>), else a
/// <see cref="JsonNumeral"/> (its text), which the <c>Decimal</c> scalar refuses naming the variable. GraphQL.NET's
/// reader hands the scalar a double or a decimal already rounded (<c>1e-40</c> as 0), so nothing could be refused.
/// </summary>
public static class JsonInputs
{
    /// <summary>The object <paramref name="json"/> as inputs. A string that is not valid Unicode throws <see cref="InvalidOperationException"/>.</summary>
    public static Inputs Read(JsonElement json) => ReadObject(json).ToInputs();

    private static Dictionary<string, object?> ReadObject(JsonElement json)
    {
        var values = new Dictionary<string, object?>();
        // Add, not the indexer: a name given twice is an ArgumentException, as with GraphQL.NET's reader.
        foreach (var property in json.EnumerateObject()) values.Add(property.Name, ReadValue(property.Value));
        return values;
    }

    private static object? ReadValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(json),
        JsonValueKind.Array => json.EnumerateArray().Select(ReadValue).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => ReadNumber(json),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object ReadNumber(JsonElement json)
    {
        if (json.TryGetInt32(out var small)) return small;
        if (json.TryGetInt64(out var large)) return large;
        var text = json.GetRawText();
        // A JSON integer (no point, no exponent) beyond long: exact as a BigInteger, which Int refuses and Decimal
        // converts exactly or refuses.
        if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var huge)) return huge;
        return ExactDecimal.TryParse(text, out var number) ? number : new JsonNumeral(text);
    }
}
