using System.Text.Json;
using BudgetGraph.Data.Entities;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// A column leaf written straight from its row onto the answer's <see cref="Utf8JsonWriter"/> — no boxed value, no
/// slot in a plan object — with the very writer call that the field's scalar type's serialized value gets
/// (<c>PlanResultJsonConverter</c>): strings, integers, booleans and exact decimals of fixed-point columns. Declared
/// by the <c>Column</c>/<c>Amount</c>/<c>Decimal</c> helpers next to the field's source reader
/// (<see cref="ColumnMetadata.SourceReaderKey"/>), whose value it writes; other scalars (enums) have none.
/// </summary>
public sealed class SourceWriter(Func<object, bool> isNull, Action<Utf8JsonWriter, object> write)
{
    /// <summary>Metadata key of a field's <see cref="SourceWriter"/>.</summary>
    public const string MetadataKey = "budgetgraph:source-writer";

    /// <summary>Whether the field's value on this row is null (a plan checks non-null fields before writing anything).</summary>
    public Func<object, bool> IsNull { get; } = isNull;

    /// <summary>Writes the field's value on this row (null as <c>null</c>).</summary>
    public Action<Utf8JsonWriter, object> Write { get; } = write;

    /// <summary>An exact decimal from a fixed-point column (<see cref="FixedPoint.FromStored(long)"/>), as <c>DecimalGraphType</c> serializes it.</summary>
    internal static SourceWriter FixedPointDecimal<T>(Func<T, long?> read) => new(
        source => read((T)source) is null,
        (writer, source) =>
        {
            if (read((T)source) is { } stored) writer.WriteNumberValue(FixedPoint.FromStored(stored));
            else writer.WriteNullValue();
        });

    /// <summary>
    /// The writer of a plain column of graph type <typeparamref name="TGraphType"/> (non-null or not) read by
    /// <paramref name="read"/>, or null when its scalar serializes to anything but the value itself
    /// (<c>String</c> of string, <c>Int</c> of int, <c>Boolean</c> of bool only).
    /// </summary>
    internal static SourceWriter? ForColumn<T, TGraphType, TValue>(Func<T, TValue> read)
    {
        var graphType = typeof(TGraphType);
        if (graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            graphType = graphType.GetGenericArguments()[0];
        var value = typeof(TValue);
        if (graphType == typeof(StringGraphType) && value == typeof(string))
        {
            var text = (Func<T, string?>)(object)read;
            return new(source => text((T)source) is null, (writer, source) =>
            {
                if (text((T)source) is { } s) writer.WriteStringValue(s);
                else writer.WriteNullValue();
            });
        }
        if (graphType == typeof(IntGraphType) && value == typeof(int))
        {
            var number = (Func<T, int>)(object)read;
            return new(_ => false, (writer, source) => writer.WriteNumberValue(number((T)source)));
        }
        if (graphType == typeof(IntGraphType) && value == typeof(int?))
        {
            var number = (Func<T, int?>)(object)read;
            return new(source => number((T)source) is null, (writer, source) =>
            {
                if (number((T)source) is { } n) writer.WriteNumberValue(n);
                else writer.WriteNullValue();
            });
        }
        if (graphType == typeof(BooleanGraphType) && value == typeof(bool))
        {
            var flag = (Func<T, bool>)(object)read;
            return new(_ => false, (writer, source) => writer.WriteBooleanValue(flag((T)source)));
        }
        if (graphType == typeof(BooleanGraphType) && value == typeof(bool?))
        {
            var flag = (Func<T, bool?>)(object)read;
            return new(source => flag((T)source) is null, (writer, source) =>
            {
                if (flag((T)source) is { } b) writer.WriteBooleanValue(b);
                else writer.WriteNullValue();
            });
        }
        return null;
    }
}
