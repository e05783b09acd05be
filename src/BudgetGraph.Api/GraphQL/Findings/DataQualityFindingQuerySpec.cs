using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Findings;

/// <summary>What data-quality findings can be filtered and sorted by.</summary>
public static class DataQualityFindingQuerySpec
{
    public static readonly FilterSpec<DataQualityFinding> Filter = new FilterSpec<DataQualityFinding>()
        .String("rule", "Stable rule code (规则), e.g. PARENT_NE_SUM_OF_CHILDREN.", f => f.Rule)
        .String("table", "Title of the table concerned (表名).", f => f.Table)
        .String("row", "Row concerned, a subject code or label (行).", f => f.Row)
        .String("message", "Explanation (说明).", f => f.Message)
        .Int("year", "Fiscal year of the budget (预算年度).", f => f.Budget.FiscalYear)
        .Object<Unit, UnitFilterInputType>("unit", "The publishing unit (预算单位).", f => f.Budget.Unit, UnitQuerySpec.Filter);

    public static readonly SortSpec<DataQualityFinding> Sort = new SortSpec<DataQualityFinding>(f => f.Id)
        .Field("rule", "By rule code (规则).", f => f.Rule)
        .Field("table", "By table title (表名).", f => f.Table)
        .Field("line", "By source line (行号).", f => f.SourceLine);
}
