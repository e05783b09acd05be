using BudgetGraph.Api.GraphQL.Sorting;
using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>AggregateRowSortInput</c>: the order of an expenditure aggregate's groups.</summary>
public sealed class AggregateRowSortInputType : InputObjectGraphType
{
    public AggregateRowSortInputType()
    {
        Name = "AggregateRowSortInput";
        Description = "Sort order of AggregateRow (汇总行); give one field per list item to set precedence. The key " +
                      "ascending is always the last key, so equal sums keep a stable order across pages.";
        Field<SortEnumType>("key").Description("By group key: subject code, district name, year or unit slug (分组键).");
        Field<SortEnumType>("sum").Description("By sum of totals (合计); DESC gives the largest first, e.g. the top spending units.");
        Field<SortEnumType>("count").Description("By number of lines (行数).");
    }
}
