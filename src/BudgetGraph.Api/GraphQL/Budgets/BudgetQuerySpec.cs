using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>What budgets can be filtered and sorted by.</summary>
public static class BudgetQuerySpec
{
    // A disclosure with only performance tables states no 支出合计: totals.expenditure then serves the performance table's
    // 部门支出预算总量 (totals.source), which this filter does not read — said where a journalist reads it, and filterable.
    private const string WithoutFinancialTables =
        "A disclosure with only performance tables (`totals.source: PERFORMANCE_OVERALL_TABLE`) has none here, although " +
        "`totals.expenditure` shows its 部门整体绩效目标表's 部门支出预算总量: use `performanceBudget` for those, e.g. " +
        "`or: [{ expenditureTotal: { gte: 1000 } }, { expenditureTotal: { eq: null }, performanceBudget: { gte: 1000 } }]`.";

    private const string ExpenditureTotalFromTheFinancialTables =
        "Total expenditure of the financial tables (支出合计), 万元; null when the disclosure has none. " + WithoutFinancialTables;

    private const string PerformanceBudgetDescription =
        "部门支出预算总量 of the 部门整体绩效目标表, 万元; null where the disclosure has no such table.";

    public static readonly FilterSpec<Budget> Filter = new FilterSpec<Budget>()
        .Int("year", "Fiscal year (预算年度).", b => b.FiscalYear)
        .Int("loaderRevision", "Which loader revision read its file (解析版本; `sourceDocument.loaderRevision`), e.g. `{ lt: " +
             $"{BudgetGraph.Data.Import.LoaderRevision.Current} }}` for the budgets an older loader read, served as it read them.", b => b.SourceDocument.LoaderRevision)
        .Object<Unit, UnitFilterInputType>("unit", "The publishing unit (预算单位).", b => b.Unit, UnitQuerySpec.Filter)
        .FixedPoint("incomeTotal", "Total income (收入合计), 万元.", b => b.IncomeTotal)
        .FixedPoint("expenditureTotal", ExpenditureTotalFromTheFinancialTables, b => b.ExpenditureTotal)
        .FixedPoint("performanceBudget", PerformanceBudgetDescription, b => b.PerformanceBudget)
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
        .Field("expenditureTotal", "By total expenditure of the financial tables (支出合计); budgets without financial tables " +
               "have none (null): first ascending, last descending. " + WithoutFinancialTables, b => b.ExpenditureTotal)
        .Field("performanceBudget", "By the 部门支出预算总量 of the 部门整体绩效目标表 (null where the disclosure has no such table).",
               b => b.PerformanceBudget)
        .Field("basicExpenditure", "By basic expenditure (基本支出).", b => b.BasicExpenditure)
        .Field("projectExpenditure", "By project expenditure (项目支出).", b => b.ProjectExpenditure);
}
