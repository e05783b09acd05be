using BudgetGraph.Data.Import.Bulk;
using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Finds or creates the <see cref="E.Unit"/> row of a disclosure. Identity is the slug: from the shipped catalogue
/// for known units, derived otherwise. The latest imported document refreshes the unit's texts.
/// Units are looked up in <paramref name="known"/> when the caller holds every stored unit by slug (a run of many
/// documents, see <see cref="DisclosureImporter.ImportFilesAsync"/>), else queried; neither way is the change tracker
/// used except to update a unit whose texts changed. A new or renamed unit's name grams are written with it, and a unit
/// that moves recomputes its former district's totals, unless in a <c>bulkLoad</c>: that writes every unit's grams
/// (from the final names) and every district's totals once at its end.
/// </summary>
internal sealed class UnitRegistry(BudgetDbContext db, UnitCatalogue catalogue, Dictionary<string, E.Unit>? known = null, bool bulkLoad = false)
{
    /// <summary>
    /// The document's unit, stored: inserted by <paramref name="writer"/> when new (its id then set), updated when an
    /// existing unit's texts changed. Runs inside the document's transaction. <c>Moved</c>: an existing unit whose
    /// district changed, so its other budgets now count in a district whose totals do not have them.
    /// </summary>
    public async Task<(E.Unit Unit, bool IsNew, bool Moved)> FindOrAddAsync(UnitInfo info, BulkGraphWriter writer, CancellationToken cancellationToken)
    {
        var reference = catalogue.Resolve(info);
        var unit = await FindAsync(reference.Slug, cancellationToken);
        if (unit is not null && !IsSameUnit(unit, info))
        {
            // A slug already taken by another unit (say, a catalogue entry of another district): never merge them.
            var slug = $"{reference.Slug}-{UnitCatalogue.ShortHash(info.District + "/" + info.OfficialName)}";
            reference = reference with { Slug = slug };
            unit = await FindAsync(slug, cancellationToken);
        }

        var isNew = unit is null;
        unit ??= new E.Unit { Slug = reference.Slug };
        var before = isNew ? null : Texts(unit);
        unit.OfficialName = info.OfficialName;
        unit.ShortName = info.ShortName;
        unit.EnglishName = reference.EnglishName;
        unit.DistrictName = info.District ?? reference.DistrictName;
        unit.DistrictEnglishName = reference.DistrictEnglishName;
        unit.UnitCode = info.UnitCode ?? unit.UnitCode ?? reference.UnitCode;
        unit.FunctionsText = info.FunctionsText ?? unit.FunctionsText;
        unit.StructureText = info.StructureText ?? unit.StructureText;
        unit.ContactLine = info.ContactLine ?? unit.ContactLine;
        var moved = before is not null && before[3] != unit.DistrictName;

        if (isNew)
        {
            await writer.InsertAsync(unit, cancellationToken);
            if (!bulkLoad) await NameGramWriter.AddUnitAsync(db, writer, unit, cancellationToken);
            if (known is not null) known[unit.Slug] = unit;
        }
        else if (!before!.SequenceEqual(Texts(unit)))
        {
            db.Units.Update(unit);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (!bulkLoad)
            {
                await NameGramWriter.ReplaceUnitAsync(db, writer, unit, before![0], before[1], cancellationToken);
                // A unit that moves takes its budgets out of its former district's totals (the new one is recomputed
                // with the document's level totals).
                if (moved) await ExpenditureDistrictTotals.RecomputeAsync(db, before[3], cancellationToken);
            }
        }
        return (unit, isNew, moved);
    }

    /// <summary>The slug <see cref="FindOrAddAsync"/> would give the unit, without adding or changing anything.</summary>
    public async Task<(string Slug, bool Exists)> ResolveAsync(UnitInfo info, CancellationToken cancellationToken)
    {
        var reference = catalogue.Resolve(info);
        var unit = await FindAsync(reference.Slug, cancellationToken);
        if (unit is null || IsSameUnit(unit, info)) return (reference.Slug, unit is not null);
        var slug = $"{reference.Slug}-{UnitCatalogue.ShortHash(info.District + "/" + info.OfficialName)}";
        return (slug, await FindAsync(slug, cancellationToken) is not null);
    }

    /// <summary>Every stored unit by slug (untracked), for a run that resolves many documents' units.</summary>
    public static async Task<Dictionary<string, E.Unit>> LoadAllAsync(BudgetDbContext db, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, StringComparer.Ordinal, cancellationToken);

    private async Task<E.Unit?> FindAsync(string slug, CancellationToken cancellationToken) =>
        known is not null ? known.GetValueOrDefault(slug)
            : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Slug == slug, cancellationToken);

    private static string?[] Texts(E.Unit unit) =>
    [
        unit.OfficialName, unit.ShortName, unit.EnglishName, unit.DistrictName, unit.DistrictEnglishName, unit.UnitCode,
        unit.FunctionsText, unit.StructureText, unit.ContactLine,
    ];

    /// <summary>Same short name, and same district where both are known.</summary>
    private static bool IsSameUnit(E.Unit unit, UnitInfo info) =>
        unit.ShortName == info.ShortName && (unit.DistrictName is null || info.District is null || unit.DistrictName == info.District);
}
