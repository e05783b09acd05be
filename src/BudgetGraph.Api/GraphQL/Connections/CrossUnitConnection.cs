using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Connections;

/// <summary>A page of a cross-unit answer plus the units it could not include (read only when selected).</summary>
public sealed class CrossUnitConnection<T>(Connection<T> page, IReadOnlyList<MissingUnit> missing)
    : Connection<T>(page.Edges, page.PageInfo, page.TotalCount)
{
    public IReadOnlyList<MissingUnit> Missing { get; } = missing;
}
