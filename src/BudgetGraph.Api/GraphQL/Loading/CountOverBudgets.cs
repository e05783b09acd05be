using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The <c>totalCount</c> of indicators under a filter of their unit alone (<c>{ unit: { … } }</c>): the sum of the
/// counts each budget keeps of its indicators (<see cref="Budget.IndicatorRows"/>, kept by the importer) over the
/// budgets of the matching units (<c>UnitId IN (SELECT Id FROM Units …)</c>), read from
/// <c>IX_Budgets_UnitId_IndicatorRows</c> alone. An indicator's unit is its budget's, so the sum is the indicators'
/// count, read from one index entry per budget instead of about fifty: 江北区's 1,060,106 indicators at 50,005
/// disclosures from its 20,002 budgets (the count alone 34 → 5 ms). Also a district's indicators of a year (the unit
/// filter lifted beside the year): the sum over the district's budgets of that year; and a district's core indicators (of a
/// year), the sum of the budgets' kept counts of those (<see cref="Budget.CoreIndicatorRows"/>): 南岸区's 30,003 at 50,005
/// from 10,001 index entries. No first key comes with it: the page is read over
/// the units' keys (<see cref="KeyOrderPage{T}.ThroughKeysReader"/>). Not for the cards (about seven a budget: the sum
/// saved less than the first key read with their count on the rows gave the page, 10 → 14 ms at 50,005 when tried),
/// nor for a card's budget filter (a year's budgets' counts would be read from their rows). Any other filter is
/// counted on the rows.
/// </summary>
public static class CountOverBudgets
{
    /// <summary>The count, or null when the filter is not one of those.</summary>
    public static Func<CancellationToken, Task<int>>? OfIndicators(BudgetDbContext db, object? where)
    {
        if (Budgets(db, where) is { } budgets)
            return cancellationToken => budgets.SumAsync(b => b.IndicatorRows, cancellationToken);
        if (CoreOnes(where) is { } rest && rest.ContainsKey("districtName") && Budgets(db, rest, alone: true) is { } ofDistrict)
            return cancellationToken => ofDistrict.SumAsync(b => b.CoreIndicatorRows, cancellationToken);
        return null;
    }

    /// <summary>The budgets whose rows the filter keeps whole, or null when it is not a unit alone nor a district's year.</summary>
    public static IQueryable<Budget>? Budgets(BudgetDbContext db, object? where) => Budgets(db, where, alone: false);

    // alone: a district's eq alone too (its indicators are counted on the value counts, its core ones here).
    private static IQueryable<Budget>? Budgets(BudgetDbContext db, object? where, bool alone) =>
        FilterSpec<Budget>.Terms(where) switch
        {
            // The budgets filter's own unit field (and district): the same terms on the budgets, a budget's unit tested
            // through its key.
            { Count: 1 } terms when terms.Single() is ("unit", not null) || (alone && terms.Single() is ("districtName", not null)) =>
                BudgetQuerySpec.Filter.Apply(db.Budgets.AsNoTracking(), terms, db.Database.IsSqlite(), keysFrom: db),
            // A district's year (a unit filter of its district lifted beside a year, FilterSpec.Lift): a budget carries both,
            // as its indicators do; summed from the budgets' district index alone, the year tested there (the year's own
            // index would list a third of the budgets).
            { Count: 2 } terms when terms.ContainsKey("districtName") && terms.ContainsKey("year")
                                    && BudgetQuerySpec.Filter.TestedOnCarriedIndex(terms) is { } beside =>
                BudgetQuerySpec.Filter.Apply(db.Budgets.AsNoTracking(), terms, db.Database.IsSqlite(), unindexed: beside),
            _ => null,
        };

    // The filter's other terms when one of them is `isCore: { eq: true }` (a budget counts its core indicators; not its
    // others: an indicator may be marked neither way), else null.
    private static Dictionary<string, object?>? CoreOnes(object? where) =>
        FilterSpec<Budget>.Terms(where) is { } terms && terms.TryGetValue("isCore", out var core)
            && core is IDictionary<string, object?> { Count: 1 } ops && ops.TryGetValue("eq", out var value) && value is true
            ? terms.Where(t => t.Key != "isCore").ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)
            : null;
}
