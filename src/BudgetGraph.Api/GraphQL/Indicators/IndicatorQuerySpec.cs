using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.GraphQL.Indicators;

/// <summary>
/// What indicators can be filtered and sorted by. Year, unit, the unit's district and the card's category are
/// denormalised on the indicator row, so a unit filter of its district alone, or a card filter of its category alone, is
/// the indicator's own (<c>carries</c>).
/// </summary>
public static class IndicatorQuerySpec
{
    public static readonly FilterSpec<Indicator> Filter = new FilterSpec<Indicator>()
        .IndexedName("name", "Indicator name (指标名称), e.g. 居民满意率.", i => i.Name, NameGramKind.IndicatorName, i => i.Id,
            carried: "numericTarget", countedAs: ValueCounts.Key("Indicators", "Name"))
        .String("level1", "First-level indicator (一级指标), e.g. 产出指标.", i => i.Level1, countedAs: ValueCounts.Key("Indicators", "Level1"))
        .String("level2", "Second-level indicator (二级指标), e.g. 数量指标.", i => i.Level2, countedAs: ValueCounts.Key("Indicators", "Level2"))
        .String("level3", "Third-level indicator (三级指标).", i => i.Level3, countedAs: ValueCounts.Key("Indicators", "Level3"))
        .FixedPoint("weight", "Weight in points (指标权重).", i => i.Weight, countedAs: ValueCounts.Key("Indicators", "Weight"))
        .String("unitOfMeasure", "Unit of measure (计量单位), e.g. %.", i => i.UnitOfMeasure, countedAs: ValueCounts.Key("Indicators", "UnitOfMeasure"))
        .String("operator", "Comparison operator as written (指标性质), e.g. ≥.", i => i.Operator, countedAs: ValueCounts.Key("Indicators", "Operator"))
        .FixedPoint("numericTarget", "Numeric target value (指标值).", i => i.NumericTarget,
            countedAs: ValueCounts.Key("Indicators", "NumericTarget"))
        .String("textTarget", "Qualitative target (定性指标值), e.g. 良好.", i => i.TextTarget, countedAs: ValueCounts.Key("Indicators", "TextTarget"))
        .Boolean("isCore", "Whether it is a core indicator (是否核心指标).", i => i.IsCore, countedAs: ValueCounts.Key("Indicators", "IsCore"))
        .Int("year", "Fiscal year (预算年度).", i => i.FiscalYear, countedAs: ValueCounts.Key("Indicators", "FiscalYear"))
        // Counted beside the year and the core mark too (ValueCounts.Beside): a name's text match beside either sums
        // those counts.
        .CountedBeside("year", "name")
        .CountedBeside("isCore", "name")
        // IX_Indicators_DistrictName_Categories holds these columns after the key: a district beside them is read there.
        .UnitCarryingDistrict(i => i.Budget.Unit, i => i.UnitId, i => i.DistrictName, countedAs: ValueCounts.Key("Indicators", "DistrictName"),
            testedBeside: ["year", "isCore", "operator", "level1", "level2"])
        // Counted in each district too: a district's indicators of an operator or level, counted without its range read.
        .CountedInDistricts("districtName", "operator", "level1", "level2")
        // IX_Indicators_NumericTarget_Name_Categories and IX_Indicators_TextTarget_Categories hold these columns after the
        // target: a target beside them is read there.
        .IndexCarries("numericTarget", "year", "isCore", "operator", "unitOfMeasure", "level1", "level2")
        // IX_Indicators_NumericTarget_Desc_Categories too (the target descending, then the key): a page by target either way
        // beside them walks one (EntityQueries.WalkOrderIndexAsync); IX_Indicators_Weight_Categories and its descending
        // twin the same by weight.
        .DescendingIndexCarriesToo("numericTarget")
        .IndexCarries("weight", "year", "isCore", "operator", "level1", "level2")
        .DescendingIndexCarriesToo("weight")
        .IndexCarries("textTarget", "year", "isCore", "operator", "unitOfMeasure", "level1", "level2")
        // IX_Indicators_Name_Categories holds these after the name and the key, IX_Indicators_Name_Desc_Categories too: a
        // page by name (either way) beside them walks it, each entry tested there (EntityQueries.WalkOrderIndexAsync).
        .IndexCarries("name", "year", "isCore", "operator", "level1", "level2")
        .DescendingIndexCarriesToo("name")
        // IX_Indicators_FiscalYear_IsCore_Orders: a year's core (or other) indicators, one range in key order.
        .IndexedTogether("year", "isCore")
        // IX_Indicators_Level1_Orders, …: one value's range (a year and a core mark's) carries the sort columns after the
        // key, so that its few matches in another order are sorted without reading their rows.
        .RangesCarry(i => new { i.Weight, i.NumericTarget, i.Ordinal }, ["level1"], ["level2"], ["operator"], ["unitOfMeasure"], ["year", "isCore"])
        // IX_Indicators_FiscalYear_Weight and its descending twin hold each year's indicators by weight (a year's page by
        // weight is that range's first entries, several years' each year's first there: ValuesUnion.OrderedPageAsync);
        // the same by target and position.
        .SortedWithinEach("year", "weight", "numericTarget")
        .SortedWithinEach("year", "position", i => i.Ordinal)
        // The card's category, carried by the indicator (a card filter of its category alone is the indicator's own: one
        // range of IX_Indicators_ProjectCategory, counted on the value counts; null without a card, which no eq or in of
        // values matches).
        .String("category", "The card's category (项目类别).", i => i.ProjectCategory, countedAs: ValueCounts.Key("Indicators", "ProjectCategory"))
        .Hidden("category")
        // Whether the indicator has a card (an overall goal's has none): beside the category's other operations (eq: null,
        // neq, nin), which its null copy would match, it keeps the card's own (the overall goals' kept row count, taken
        // out of the category's kept counts); a negation or a list is read as each passing
        // value's range of IX_Indicators_CardCategory (FilterSpec.SplitPresentByValuesAsync).
        .Presence("hasProject", "Whether it is on a project card.", i => i.ProjectId, absentCountedAs: RowCounts.IndicatorsWithoutProject)
        .Object<Project, ProjectFilterInputType>("project", "The project card; no match for overall-goal indicators (项目).", i => i.Project!, ProjectQuerySpec.Filter,
            optional: true, carries: ["category"], carriedAlone: true, presentWhen: "hasProject")
        // A filter of the year, levels, operator, core mark, weight, card category, unit of measure and targets alone,
        // however combined, is counted on the kept counts of their combinations, and paged from the first (or last) key
        // they bound (Data/Import/FacetCounts).
        .CountedOnFacets(db => db.IndicatorFacetCounts, f => new FacetSpan { Count = f.Count, FirstKey = f.FirstId, LastKey = f.LastId });

    // A card's indicators, unordered, come in their printed order (position), the order of IX_Indicators_ProjectId_Ordinal.
    public static readonly SortSpec<Indicator> Sort = new SortSpec<Indicator>(i => i.Id, documentOrder: i => i.Ordinal)
        .Field("name", "By name (指标名称).", i => i.Name)
        .Field("weight", "By weight (指标权重).", i => i.Weight)
        .Field("numericTarget", "By numeric target (指标值).", i => i.NumericTarget)
        .Field("year", "By fiscal year (预算年度).", i => i.FiscalYear)
        .Field("position", "By position on its card (顺序).", i => i.Ordinal)
        .Object<Unit, UnitSortInputType>("unit", "By the unit's fields (预算单位).", i => i.Budget.Unit, UnitQuerySpec.Sort);
}
