using BudgetGraph.Api.GraphQL.Budgets;
using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.GraphQL.Projects;

/// <summary>
/// What projects can be filtered and sorted by. Year, unit and the unit's district are denormalised on the project row
/// (no join), so a budget filter's year and unit, and a unit filter's district, are the project's own (<c>carries</c>).
/// </summary>
public static class ProjectQuerySpec
{
    public static readonly FilterSpec<Project> Filter = new FilterSpec<Project>()
        // The name's grams carry the card's year (NameGram.Value): a one-gram contains beside the year is counted on the
        // gram's kept counts of each year and paged on the gram rows of that year.
        .IndexedName("name", "Project name (项目名称).", p => p.Name, NameGramKind.ProjectName, p => p.Id, carried: "year")
        .String("code", "Project code (项目编码).", p => p.Code)
        .String("category", "Project category (项目分类), e.g. 一般性项目.", p => p.Category, countedAs: ValueCounts.Key("Projects", "Category"))
        .IndexedName("department", "Responsible department as written (主管部门).", p => p.Department, NameGramKind.ProjectDepartment, p => p.Id,
            countedAs: ValueCounts.Key("Projects", "Department"))
        .FixedPoint("amount", "This year's budget of the project (当年预算), 万元.", p => p.Amount,
            bandedAs: AmountBands.Key("Projects", "Amount"))
        .Int("year", "Fiscal year (预算年度).", p => p.FiscalYear, countedAs: ValueCounts.Key("Projects", "FiscalYear"))
        .Boolean("hasCoreIndicator", "Whether any indicator is marked core (是否有核心指标).", p => p.HasCoreIndicator, countedAs: ValueCounts.Key("Projects", "HasCoreIndicator"))
        // IX_Projects_Amount_Categories holds these columns after the amount: an amount beside them is read there. (It
        // holds the year too, but an amount beside the year alone reads IX_Projects_FiscalYear_Amount, one range of both.)
        .IndexCarries("amount", "hasCoreIndicator", "category")
        // IX_Projects_Name_Categories holds these after the name and the key: a page by name beside them walks it, each
        // entry tested there (a text match of the name included: EntityQueries.WalkOrderIndexAsync);
        // IX_Projects_Name_Desc_Categories too, by name descending.
        .IndexCarries("name", "year", "hasCoreIndicator", "category")
        // IX_Projects_Code_Categories, IX_Projects_Category_Categories and their descending twins: a page by code or
        // category beside these walks one, each entry tested there.
        .IndexCarries("code", "year", "hasCoreIndicator", "category")
        .DescendingIndexCarriesToo("code")
        .IndexCarries("category", "year", "hasCoreIndicator")
        .DescendingIndexCarriesToo("category")
        .DescendingIndexCarriesToo("name")
        // IX_Projects_FiscalYear_Amount and IX_Projects_FiscalYear_Amount_Desc hold each year's cards by amount: a page by
        // amount of a year is that range's first entries, of several years each year's first cards there
        // (ValuesUnion.OrderedPageAsync). The same by code, category and position (IX_Projects_FiscalYear_Code…).
        .SortedWithinEach("year", "amount", "code", "category")
        .SortedWithinEach("year", "position", p => p.Ordinal)
        // IX_Projects_Department_Categories holds these after the department and the key: a department beside them is read there.
        .IndexCarries("department", "year", "hasCoreIndicator", "category", "amount")
        // IX_Projects_FiscalYear_HasCoreIndicator: a year's cards with (or without) a core indicator, one range in key order.
        .IndexedTogether("year", "hasCoreIndicator")
        // IX_Projects_DistrictName_Categories holds these columns after the key: a district beside them is read there.
        .UnitCarryingDistrict(p => p.Budget.Unit, p => p.UnitId, p => p.DistrictName, countedAs: ValueCounts.Key("Projects", "DistrictName"),
            testedBeside: ["year", "hasCoreIndicator", "category"])
        .Object<Budget, BudgetFilterInputType>("budget", "The budget the card belongs to (部门预算).", p => p.Budget, BudgetQuerySpec.Filter, key: p => p.BudgetId,
            carries: ["year", "unit"])
        .List<Indicator, IndicatorListFilterInputType>("indicators", "The card's indicators (绩效指标), e.g. { some: { isCore: { eq: true } } }.",
            p => p.Indicators, () => IndicatorQuerySpec.Filter)
        .BandsByYear("year")
        // An amount beside the category or core mark (and the year) is counted on the bands kept beside them.
        .BandsSplitBy("amount", AmountBands.Key("Projects", "Amount", "Category", "HasCoreIndicator"), "category", "hasCoreIndicator")
        // A department's seek or text match beside a year, or a core mark, is counted on its kept counts beside them
        // (ValueCounts.Beside).
        .CountedBeside("year", "department")
        .CountedBeside("hasCoreIndicator", "department")
        // A filter of the year, category, core mark and district (the unit's eq, lifted to the card's copy) alone, however
        // combined, is counted on the kept counts of their combinations, and paged from the first (or last) key they
        // bound (Data/Import/FacetCounts).
        .CountedOnFacets(db => db.ProjectFacetCounts, f => new FacetSpan { Count = f.Count, FirstKey = f.FirstId, LastKey = f.LastId });

    public static readonly SortSpec<Project> Sort = new SortSpec<Project>(p => p.Id)
        .Field("name", "By name (项目名称).", p => p.Name)
        .Field("code", "By code (项目编码).", p => p.Code)
        .Field("category", "By category (项目分类).", p => p.Category)
        .Field("amount", "By this year's budget (当年预算).", p => p.Amount)
        .Field("year", "By fiscal year (预算年度).", p => p.FiscalYear)
        .Field("position", "By position in the document (文件中的顺序).", p => p.Ordinal)
        .Object<Unit, UnitSortInputType>("unit", "By the unit's fields (预算单位).", p => p.Budget.Unit, UnitQuerySpec.Sort);
}
