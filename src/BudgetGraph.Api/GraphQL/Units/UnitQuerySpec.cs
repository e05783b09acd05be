using System.Linq.Expressions;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Units;

/// <summary>What units can be filtered and sorted by (one declaration drives the input types and the SQL).</summary>
public static class UnitQuerySpec
{
    public static readonly FilterSpec<Unit> Filter = new FilterSpec<Unit>()
        .String("slug", "Stable URL name, e.g. \"nanping\" (标识).", u => u.Slug)
        // The names are carried by the indexes of these orders (IX_Units_Slug_OfficialName, IX_Units_OfficialName_Slug,
        // IX_Units_ShortName_Slug): a common name pattern is tested there (NameGramFilter). Their starts are indexed too (a
        // startsWith of one gram, e.g. 南坪, is counted and paged on the start grams). Their gram rows carry the slug: such a
        // filter is paged on them by slug too.
        .IndexedName("name", "Official name (单位全称), e.g. 重庆市南岸区人民政府南坪街道办事处.", u => u.OfficialName, NameGramKind.UnitOfficialName, u => u.Id,
            carryingOrders: ["slug", "name"], startKind: NameGramKind.UnitOfficialNameStart, carriedOrder: "slug")
        .IndexedName("shortName", "Short name (简称), e.g. 南坪街道.", u => u.ShortName, NameGramKind.UnitShortName, u => u.Id,
            carryingOrders: ["shortName"], startKind: NameGramKind.UnitShortNameStart, carriedOrder: "slug")
        .String("englishName", "English name (英文名称).", u => u.EnglishName)
        .String("districtName", "District name in Chinese (所属区), e.g. 南岸区.", u => u.DistrictName)
        .String("unitCode", "Budget unit code (单位编码), e.g. 307.", u => u.UnitCode);

    public static readonly SortSpec<Unit> Sort = new SortSpec<Unit>(u => u.Id)
        .Field("slug", "By slug (标识).", u => u.Slug, unique: true)
        .Field("name", "By official name (单位全称).", u => u.OfficialName)
        .Field("shortName", "By short name (简称).", u => u.ShortName)
        .Field("districtName", "By district (所属区).", u => u.DistrictName)
        .Field("unitCode", "By unit code (单位编码).", u => u.UnitCode);

    /// <summary>
    /// The <c>unit</c> filter of a row that carries its unit's district (budgets, cards, indicators; kept equal at import,
    /// Data/Import/CarriedDistricts): the district as a field the input type does not show, and the unit object carrying
    /// it alone — a unit filter of the district's <c>eq</c> or <c>in</c> alone, or of its <c>eq</c> beside terms of
    /// <paramref name="testedBeside"/>, is read from the row's own copy (<see cref="FilterSpec{T}.Lift"/>).
    /// </summary>
    /// <param name="countedAs">The district column's name in the value counts kept at import, where they count it.</param>
    /// <param name="testedBeside">The row's fields whose columns its district index holds after the key (indicators: year,
    /// core mark, operator, first two levels): beside a district's <c>eq</c>, terms of these alone are tested there, and
    /// the district is read from the row's copy too (<see cref="FilterSpec{T}.TestedOnCarriedIndex"/>).</param>
    public static FilterSpec<T> UnitCarryingDistrict<T>(this FilterSpec<T> spec, Expression<Func<T, Unit>> unit,
        Expression<Func<T, int>> unitId, Expression<Func<T, string?>> district, string? countedAs = null,
        IReadOnlyList<string>? testedBeside = null) =>
        spec.String("districtName", "The unit's district (所属区).", district, countedAs: countedAs)
            .Hidden("districtName")
            .Object<Unit, UnitFilterInputType>("unit", "The publishing unit (预算单位).", unit, Filter, key: unitId,
                carries: ["districtName"], carriedAlone: true, testedBeside: testedBeside);
}
