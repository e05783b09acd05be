using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary>Converts stored fixed-point amounts to the exact 万元 decimals the API shows.</summary>
internal static class MoneyField
{
    public static decimal? WanYuan(long? stored) => FixedPoint.FromStored(stored);
}
