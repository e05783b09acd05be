using BudgetGraph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps the district that budgets, cards and indicators carry (<see cref="Budget.DistrictName"/>,
/// <see cref="Project.DistrictName"/>, <see cref="Indicator.DistrictName"/>, written from their unit by the importer's
/// mapper) equal to their unit's when a unit moves to another district: the API reads a unit filter of the district
/// alone from the row's own column (FilterSpec.Lift), so a stale copy would serve another district's rows without a
/// warning.
/// </summary>
/// <remarks>Another table that carries the district (a <c>UnitId</c> and a <c>DistrictName</c> column): set it in the
/// mapper, update it in <see cref="MoveUnitAsync"/>, list it in <see cref="Tables"/>, and backfill it in the migration that
/// adds it.</remarks>
public static class CarriedDistricts
{
    /// <summary>The tables whose rows carry their unit's district (the audit reads them: <see cref="KeptFiguresAudit"/>).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["Budgets", "Projects", "Indicators"];

    /// <summary>
    /// Writes <paramref name="districtName"/> on every row the unit <paramref name="unitId"/> has stored, in the caller's
    /// transaction. Where the importer keeps the value counts per document (<paramref name="countsKept"/>) the unit's
    /// budgets leave the counts before and enter them again after (<see cref="ValueCounts"/>, and the cards' combinations,
    /// which hold the district: <see cref="FacetCounts.Projects"/>); a bulk load counts every column at its end. Called
    /// before the moving document's own rows are written (the mapper gives them the new district already).
    /// </summary>
    public static async Task MoveUnitAsync(BudgetDbContext db, int unitId, string? districtName, bool countsKept,
        CancellationToken cancellationToken = default)
    {
        var budgets = countsKept
            ? await db.Budgets.Where(b => b.UnitId == unitId).Select(b => b.Id).ToListAsync(cancellationToken)
            : [];
        foreach (var budget in budgets)
        {
            await ValueCounts.RemoveBudgetAsync(db, budget, cancellationToken);
            await FacetCounts.RemoveBudgetAsync(db, budget, cancellationToken);
        }
        await db.Budgets.Where(b => b.UnitId == unitId)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.DistrictName, districtName), cancellationToken);
        await db.Projects.Where(p => p.UnitId == unitId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.DistrictName, districtName), cancellationToken);
        await db.Indicators.Where(i => i.UnitId == unitId)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.DistrictName, districtName), cancellationToken);
        foreach (var budget in budgets)
        {
            await ValueCounts.AddBudgetAsync(db, budget, cancellationToken);
            await FacetCounts.AddBudgetAsync(db, budget, cancellationToken);
        }
    }
}
