using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>What budgets can be filtered and sorted by.</summary>
public static class BudgetQuerySpec
{
    public static readonly FilterSpec<Budget> Filter = new FilterSpec<Budget>()
        .Int("year", "Fiscal year (预算年度).", b => b.FiscalYear)
        .Int("loaderRevision", "Which loader revision read its file (解析版本; `sourceDocument.loaderRevision`), e.g. `{ lt: " +
             $"{BudgetGraph.Data.Import.LoaderRevision.Current} }}` for the budgets an older loader read, served as it read them.", b => b.SourceDocument.LoaderRevision)
        .Object<Unit, UnitFilterInputType>("unit", "The publishing unit (预算单位).", b => b.Unit, UnitQuerySpec.Filter)
        .FixedPoint("incomeTotal", "Total income (收入合计), 万元.", b => b.IncomeTotal)
        .FixedPoint("expenditureTotal", "Total expenditure (支出合计), 万元.", b => b.ExpenditureTotal)
        .FixedPoint("basicExpenditure", "Basic expenditure (基本支出), 万元.", b => b.BasicExpenditure)
        .FixedPoint("projectExpenditure", "Project expenditure (项目支出), 万元.", b => b.ProjectExpenditure)
        .FixedPoint("carryOver", "Carry-over from the previous year (上年结转), 万元.", b => b.CarryOver)
        .FixedPoint("procurementTotal", "Government procurement total (政府采购预算), 万元.", b => b.ProcurementTotal)
        .List<Project, ProjectListFilterInputType>("projects", "The budget's project cards (项目), e.g. { some: { amount: { gt: 1000 } } }.",
            b => b.Projects, () => ProjectQuerySpec.Filter);

    public static readonly SortSpec<Budget> Sort = new SortSpec<Budget>(b => b.Id)
        .Field("year", "By fiscal year (预算年度).", b => b.FiscalYear)
        .Object<Unit, UnitSortInputType>("unit", "By the unit's fields (预算单位).", b => b.Unit, UnitQuerySpec.Sort)
        .Field("incomeTotal", "By total income (收入合计).", b => b.IncomeTotal)
        .Field("expenditureTotal", "By total expenditure (支出合计).", b => b.ExpenditureTotal)
        .Field("basicExpenditure", "By basic expenditure (基本支出).", b => b.BasicExpenditure)
        .Field("projectExpenditure", "By project expenditure (项目支出).", b => b.ProjectExpenditure);
}
