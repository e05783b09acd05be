using GraphQL.Types;

namespace BudgetGraph.Api.GraphQL.Sorting;

/// <summary>HotChocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction (排序方向).";
        Add("ASC", SortDirection.Ascending, "Ascending, smallest first (升序).");
        Add("DESC", SortDirection.Descending, "Descending, largest first (降序).");
    }
}
