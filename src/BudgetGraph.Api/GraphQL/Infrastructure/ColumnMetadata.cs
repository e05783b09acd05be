using GraphQL.Builders;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Declares, next to each GraphQL field, which entity columns it reads, so projection (SELECT only what is
/// selected) is derived from the graph types themselves.
/// </summary>
public static class ColumnMetadata
{
    internal const string Key = "budgetgraph:columns";

    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        params string[] columns)
    {
        field.FieldType.Metadata[Key] = columns;
        return field;
    }

    /// <summary>
    /// Declares a field whose value is its source row itself, shown as an object of its own (a budget's
    /// <c>totals</c>, a unit's <c>district</c>): it reads <paramref name="columns"/> (what its resolver itself needs)
    /// and the columns its selected fields declare, not all of them. <see cref="SelectionReader"/> reports those
    /// fields as <c>field.subfield</c>, one level deep.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ReadsSelectedFields<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        params string[] columns)
    {
        field.FieldType.Metadata[Key] = columns;
        field.FieldType.Metadata[SameRowKey] = true;
        return field;
    }

    private const string SameRowKey = "budgetgraph:same-row";

    /// <summary>
    /// Declares that the field's value is <paramref name="read"/>(source) — exactly what its resolver returns, with no
    /// use of the resolve context — so a plan (<c>PlanRunner</c>) may read it straight from the row without a
    /// resolve context and a resolver call per field and row. The resolver stays the field's definition for the
    /// general executor.
    /// </summary>
    internal static FieldBuilder<TSource, TReturn> ReadsSource<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        Func<TSource, object?> read)
    {
        field.FieldType.Metadata[SourceReaderKey] = new Func<object, object?>(source => read((TSource)source));
        return field;
    }

    /// <summary>
    /// Declares the field's <see cref="SourceWriter"/> (null: none): its source reader's value written straight onto the
    /// answer. Declare it together with <see cref="ReadsSource"/>, for the same value.
    /// </summary>
    internal static FieldBuilder<TSource, TReturn> WritesSource<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        SourceWriter? writer)
    {
        if (writer is not null) field.FieldType.Metadata[SourceWriter.MetadataKey] = writer;
        return field;
    }

    /// <summary>Metadata key of a field's source reader (<see cref="ReadsSource"/>): a <c>Func&lt;object, object?&gt;</c>.</summary>
    public const string SourceReaderKey = "budgetgraph:source-reader";

    /// <summary>
    /// The columns a selected field reads: its own declaration, or for <c>field.subfield</c> under a field declared
    /// with <see cref="ReadsSelectedFields"/>, the subfield's on the field's type; other dotted names read nothing.
    /// </summary>
    internal static IEnumerable<string> ColumnsOf(IComplexGraphType graphType, string selectedField)
    {
        var dot = selectedField.IndexOf('.');
        if (dot < 0) return graphType.GetField(selectedField)?.GetMetadata<string[]>(Key) ?? [];
        return graphType.GetField(selectedField[..dot]) is { } sameRow && sameRow.GetMetadata(SameRowKey, false)
               && sameRow.ResolvedType?.GetNamedType() is IComplexGraphType rowObject
            ? ColumnsOf(rowObject, selectedField[(dot + 1)..])
            : [];
    }
}
