using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetGraph.Api.GraphQL.Plans;

/// <summary>
/// Writes a plan's <c>data</c> straight onto the response's <see cref="Utf8JsonWriter"/>, with the same writer
/// calls the general executor's serializer makes for the same values (strings, integers, exact decimals, booleans,
/// null), so both answers are byte-identical.
/// </summary>
internal sealed class PlanResultJsonConverter : JsonConverter<PlanResult>
{
    public override PlanResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Plan results are only written.");

    public override void Write(Utf8JsonWriter writer, PlanResult value, JsonSerializerOptions options) =>
        WriteObject(writer, value.Root, options);

    private static void WriteObject(Utf8JsonWriter writer, PlanObject value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var fields = value.Selection.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WritePropertyName(fields[i].EncodedName);
            WriteValue(writer, value.Values[i], options);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case PlanObject o: WriteObject(writer, o, options); break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item, options);
                writer.WriteEndArray();
                break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int n: writer.WriteNumberValue(n); break;
            case long n: writer.WriteNumberValue(n); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case double d: writer.WriteNumberValue(d); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), options); break;
        }
    }
}
