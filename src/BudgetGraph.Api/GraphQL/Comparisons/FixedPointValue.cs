using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>Converts stored fixed-point values (amounts in 万元, targets) to the exact decimals the API shows.</summary>
internal static class FixedPointValue
{
    public static decimal? ToDecimal(long? stored) => FixedPoint.FromStored(stored);
}
