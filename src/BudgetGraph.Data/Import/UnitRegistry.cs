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
        if (unit is not null && catalogue.Find(info) is null && unit.ShortName != info.ShortName)
        {
            // Two unknown units derived the same slug (same code, different districts): keep them apart.
            var slug = $"{reference.Slug}-{UnitCatalogue.ShortHash(info.District + "/" + info.ShortName)}";
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
}
