using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// A JSON number that a <see cref="decimal"/> cannot hold exactly, kept as the text the client sent
/// (<c>Http/JsonInputs</c>). As a double or a decimal it would be rounded before any scalar saw it
/// (<c>1234.5678901234567890123456789012</c> → 28 digits, <c>1e-40</c> → 0); as text, the <c>Decimal</c> scalar refuses
/// it (<see cref="ExactDecimalGraphType"/>), and <c>Int</c> and <c>ID</c> refuse it as they refuse any non-integer.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed record JsonNumeral(string Text)
{
    /// <summary>The number as sent.</summary>
    public override string ToString() => Text;

    /// <summary>Written back as the same JSON number, e.g. in the response cache's key (which is computed before the scalar refuses it).</summary>
    private sealed class Converter : JsonConverter<JsonNumeral>
    {
        public override JsonNumeral Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? new JsonNumeral(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
                : throw new JsonException($"A number was expected, not {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, JsonNumeral value, JsonSerializerOptions options) => writer.WriteRawValue(value.Text);
    }
}
