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
            var field = fields[i];
            writer.WritePropertyName(field.EncodedName);
            var item = value.Values[i];
            if (ReferenceEquals(item, PlanObject.FromSource)) field.Writer!.Write(writer, value.Source);
            else if (item is not null && field.Selection is { FromSource: true } rows) WriteRows(writer, field, rows, item);
            else WriteValue(writer, item, options);
        }
        writer.WriteEndObject();
    }

    /// <summary>A row (a list of rows) of a <see cref="PlanSelection.FromSource"/> selection, written by its fields' writers.</summary>
    private static void WriteRows(Utf8JsonWriter writer, PlanField field, PlanSelection selection, object value)
    {
        if (field.Kind == PlanValueKind.Object)
        {
            WriteRow(writer, selection, value);
            return;
        }
        var rows = (System.Collections.IList)value;
        writer.WriteStartArray();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] is { } row) WriteRow(writer, selection, row);
            else writer.WriteNullValue();
        }
        writer.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, PlanSelection selection, object row)
    {
        writer.WriteStartObject();
        var fields = selection.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            writer.WritePropertyName(field.EncodedName);
            if (field.Kind == PlanValueKind.TypeName) writer.WriteStringValue(selection.Type.Name);
            else field.Writer!.Write(writer, row);
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
