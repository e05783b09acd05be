namespace BudgetGraph.Api.GraphQL.Filtering;

/// <summary>
/// A kept combination's rows as a filter counted on the combinations reads them (<c>FilterSpec.CountedOnFacets</c>):
/// how many, and bounds of their keys — at most the first's, at least the last's (<c>Data.Entities.IndicatorFacetCount</c>).
/// </summary>
public sealed class FacetSpan
{
    public long Count { get; init; }

    public int FirstKey { get; init; }

    public int LastKey { get; init; }

    /// <summary>The spans of <paramref name="passing"/> that hold rows taken together: their rows' count, the least first
    /// key and the greatest last (one row, none when no span holds a row).</summary>
    public static IQueryable<FacetSpan> Together(IQueryable<FacetSpan> passing) =>
        passing.Where(s => s.Count > 0).GroupBy(s => 1)
            .Select(g => new FacetSpan { Count = g.Sum(s => s.Count), FirstKey = g.Min(s => s.FirstKey), LastKey = g.Max(s => s.LastKey) });
}
