using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Keeps the gram index (<see cref="NameGram"/>) in step with the names it describes, inside the caller's document
/// transaction: the grams of a new budget's projects and indicators go in with the same bulk writer as its rows
/// (prepared multi-row INSERTs, also during a bulk load into an empty database: the table's key is its only index, so
/// there is nothing to defer); a replaced budget's grams are deleted before its rows, by their keys (derived again
/// from the stored names, so no second index is needed); a unit's grams are written when it is added and rewritten
/// when an import changes its names. To index another name, see <c>src/BudgetGraph.Data/README.md</c>.
/// </summary>
internal static class NameGramWriter
{
    /// <summary>The gram rows of one name.</summary>
    public static IEnumerable<NameGram> RowsOf(NameGramKind kind, int entityId, string? name) =>
        NameGrams.Of(name).Select(gram => new NameGram { Kind = kind, Gram = gram, EntityId = entityId });

    /// <summary>The gram rows of a budget's projects and indicators (their ids assigned).</summary>
    public static List<NameGram> RowsOf(Budget budget)
    {
        var rows = new List<NameGram>();
        var indicators = new HashSet<Indicator>(ReferenceEqualityComparer.Instance);
        foreach (var project in budget.Projects)
        {
            rows.AddRange(RowsOf(NameGramKind.ProjectName, project.Id, project.Name));
            indicators.UnionWith(project.Indicators);
        }
        indicators.UnionWith(budget.OverallIndicators);
        foreach (var indicator in indicators.OrderBy(i => i.Id))
            rows.AddRange(RowsOf(NameGramKind.IndicatorName, indicator.Id, indicator.Name));
        return rows;
    }

    /// <summary>The gram rows of a unit's official and short names.</summary>
    public static IEnumerable<NameGram> RowsOf(Unit unit) =>
        RowsOf(NameGramKind.UnitOfficialName, unit.Id, unit.OfficialName)
            .Concat(RowsOf(NameGramKind.UnitShortName, unit.Id, unit.ShortName));

    /// <summary>Writes the grams of a budget just inserted by <paramref name="writer"/>.</summary>
    public static async Task AddBudgetAsync(BulkGraphWriter writer, Budget budget, CancellationToken cancellationToken)
    {
        var rows = RowsOf(budget);
        if (rows.Count > 0) await writer.InsertAsync(rows, cancellationToken);
    }

    /// <summary>Deletes the grams of a stored budget's projects and indicators (call before deleting the rows).</summary>
    public static async Task DeleteBudgetAsync(BudgetDbContext db, int budgetId, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.BudgetId == budgetId)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.BudgetId == budgetId)
            .Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);
        await DeleteAsync(db, projects.SelectMany(p => RowsOf(NameGramKind.ProjectName, p.Id, p.Name))
            .Concat(indicators.SelectMany(i => RowsOf(NameGramKind.IndicatorName, i.Id, i.Name))), cancellationToken);
    }

    /// <summary>Writes the grams of a unit just inserted by <paramref name="writer"/>.</summary>
    public static async Task AddUnitAsync(BulkGraphWriter writer, Unit unit, CancellationToken cancellationToken)
    {
        var rows = RowsOf(unit).ToList();
        if (rows.Count > 0) await writer.InsertAsync(rows, cancellationToken);
    }

    /// <summary>Rewrites a stored unit's grams when its names changed from <paramref name="officialName"/>/<paramref name="shortName"/>.</summary>
    public static async Task ReplaceUnitAsync(BudgetDbContext db, BulkGraphWriter writer, Unit unit, string? officialName,
        string? shortName, CancellationToken cancellationToken)
    {
        if (officialName == unit.OfficialName && shortName == unit.ShortName) return;
        await DeleteAsync(db, RowsOf(NameGramKind.UnitOfficialName, unit.Id, officialName)
            .Concat(RowsOf(NameGramKind.UnitShortName, unit.Id, shortName)), cancellationToken);
        await AddUnitAsync(writer, unit, cancellationToken);
    }

    // Point deletes by the full key (rare: only replaced budgets and renamed units).
    private static async Task DeleteAsync(BudgetDbContext db, IEnumerable<NameGram> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            var (kind, gram, id) = (row.Kind, row.Gram, row.EntityId);
            await db.NameGrams.Where(g => g.Kind == kind && g.Gram == gram && g.EntityId == id).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
