using BudgetGraph.Data.Reference;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using E = BudgetGraph.Data.Entities;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Finds or creates the <see cref="E.Unit"/> row of a disclosure. Identity is the slug: from the shipped catalogue
/// for known units, derived otherwise. The latest imported document refreshes the unit's texts.
/// </summary>
internal sealed class UnitRegistry(BudgetDbContext db, UnitCatalogue catalogue)
{
    public async Task<E.Unit> FindOrAddAsync(UnitInfo info, CancellationToken cancellationToken)
    {
        var reference = catalogue.Resolve(info);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Slug == reference.Slug, cancellationToken);
        if (unit is not null && !IsSameUnit(unit, info))
        {
            // A slug already taken by another unit (say, a catalogue entry of another district): never merge them.
            var slug = $"{reference.Slug}-{UnitCatalogue.ShortHash(info.District + "/" + info.OfficialName)}";
            reference = reference with { Slug = slug };
            unit = await db.Units.FirstOrDefaultAsync(u => u.Slug == slug, cancellationToken);
        }

        if (unit is null)
        {
            unit = new E.Unit { Slug = reference.Slug };
            db.Units.Add(unit);
        }

        unit.OfficialName = info.OfficialName;
        unit.ShortName = info.ShortName;
        unit.EnglishName = reference.EnglishName;
        unit.DistrictName = info.District ?? reference.DistrictName;
        unit.DistrictEnglishName = reference.DistrictEnglishName;
        unit.UnitCode = info.UnitCode ?? unit.UnitCode ?? reference.UnitCode;
        unit.FunctionsText = info.FunctionsText ?? unit.FunctionsText;
        unit.StructureText = info.StructureText ?? unit.StructureText;
        unit.ContactLine = info.ContactLine ?? unit.ContactLine;
        return unit;
    }

    /// <summary>The slug <see cref="FindOrAddAsync"/> would give the unit, without adding or changing anything.</summary>
    public async Task<(string Slug, bool Exists)> ResolveAsync(UnitInfo info, CancellationToken cancellationToken)
    {
        var reference = catalogue.Resolve(info);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Slug == reference.Slug, cancellationToken);
        if (unit is null || IsSameUnit(unit, info)) return (reference.Slug, unit is not null);
        var slug = $"{reference.Slug}-{UnitCatalogue.ShortHash(info.District + "/" + info.OfficialName)}";
        return (slug, await db.Units.AnyAsync(u => u.Slug == slug, cancellationToken));
    }

    /// <summary>Same short name, and same district where both are known.</summary>
    private static bool IsSameUnit(E.Unit unit, UnitInfo info) =>
        unit.ShortName == info.ShortName && (unit.DistrictName is null || info.District is null || unit.DistrictName == info.District);
}
