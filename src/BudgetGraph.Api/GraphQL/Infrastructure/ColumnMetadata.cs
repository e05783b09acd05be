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

    internal static IEnumerable<string> ColumnsOf(IComplexGraphType graphType, string fieldName) =>
        graphType.GetField(fieldName)?.GetMetadata<string[]>(Key) ?? [];
}
