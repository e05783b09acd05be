using BudgetGraph.Api.GraphQL.Filtering;
using BudgetGraph.Api.GraphQL.Projects;
using BudgetGraph.Api.GraphQL.Sorting;
using BudgetGraph.Api.GraphQL.Units;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.GraphQL.Budgets;

/// <summary>What budgets can be filtered and sorted by.</summary>
public static class BudgetQuerySpec
{
    // `expenditure` is the stored value `totals.expenditure` shows (Budget.Expenditure), so filter, sort and display agree
    // for every budget; `expenditureTotal` stays for what only the financial tables state.
    private const string ServedExpenditure =
        "Expenditure (支出), 万元, exactly as `totals.expenditure` shows it: the financial tables' 支出合计, or for a " +
        "disclosure with only performance tables (`totals.source: PERFORMANCE_OVERALL_TABLE`) its 部门整体绩效目标表's " +
        "部门支出预算总量; null when the disclosure states neither.";

    private const string OnlyFinancialTables =
        "A disclosure with only performance tables has none here (null); `expenditure` covers every budget.";

    private const string PerformanceBudgetDescription =
        "部门支出预算总量 of the 部门整体绩效目标表, 万元; null where the disclosure has no such table.";

    // The name of a budget amount in the band counts kept at import (Data.Import.AmountBands).
    private static string Banded(string column) => Data.Import.AmountBands.Key("Budgets", column);

    public static readonly FilterSpec<Budget> Filter = new FilterSpec<Budget>()
        .Int("year", "Fiscal year (预算年度).", b => b.FiscalYear)
        .Int("loaderRevision", "Which loader revision read its file (解析版本; `sourceDocument.loaderRevision`), e.g. `{ lt: " +
             $"{BudgetGraph.Data.Import.LoaderRevision.Current} }}` for the budgets an older loader read, served as it read them.", b => b.SourceDocument.LoaderRevision)
        // IX_Budgets_DistrictName_Year holds the year after the key: a district beside it is read there. Its values are
        // counted (a text match of the unit's district is an `in` of them, FilterSpec.MatchOnCountedValuesAsync).
        .UnitCarryingDistrict(b => b.Unit, b => b.UnitId, b => b.DistrictName, countedAs: Data.Import.ValueCounts.Key("Budgets", "DistrictName"),
            testedBeside: ["year"])
        .FixedPoint("incomeTotal", "Total income (收入合计), 万元.", b => b.IncomeTotal, bandedAs: Banded("IncomeTotal"))
        .FixedPoint("expenditure", ServedExpenditure, b => b.Expenditure, bandedAs: Banded("Expenditure"),
            definedAs: b => b.ExpenditureTotal ?? b.PerformanceBudget)
        .FixedPoint("expenditureTotal", "Total expenditure of the financial tables (支出合计), 万元. " + OnlyFinancialTables,
            b => b.ExpenditureTotal, bandedAs: Banded("ExpenditureTotal"))
        .FixedPoint("performanceBudget", PerformanceBudgetDescription, b => b.PerformanceBudget, bandedAs: Banded("PerformanceBudget"))
        .FixedPoint("basicExpenditure", "Basic expenditure (基本支出), 万元.", b => b.BasicExpenditure, bandedAs: Banded("BasicExpenditure"))
        .FixedPoint("projectExpenditure", "Project expenditure (项目支出), 万元.", b => b.ProjectExpenditure, bandedAs: Banded("ProjectExpenditure"))
        .FixedPoint("carryOver", "Carry-over from the previous year (上年结转), 万元.", b => b.CarryOver, bandedAs: Banded("CarryOver"))
        .FixedPoint("procurementTotal", "Government procurement total (政府采购预算), 万元.", b => b.ProcurementTotal, bandedAs: Banded("ProcurementTotal"))
        .List<Project, ProjectListFilterInputType>("projects", "The budget's project cards (项目), e.g. { some: { amount: { gt: 1000 } } }.",
            b => b.Projects, () => ProjectQuerySpec.Filter)
        .BandsByYear("year")
        // IX_Budgets_FiscalYear_Amounts holds every amount after the year: the year beside amounts is read in its range
        // there, and amounts none of which is rare are read in that index whole (EntityQueries.ReadFromRarestAsync).
        .IndexCarries("year", "incomeTotal", "expenditure", "expenditureTotal", "performanceBudget", "basicExpenditure",
            "projectExpenditure", "carryOver", "procurementTotal")
        // IX_Budgets_FiscalYear_Expenditure(Total) and their descending twins hold each year's budgets by expenditure: a
        // page in that order of several years is each year's first budgets there (ValuesUnion.OrderedPageAsync).
        .SortedWithinEach("year", "expenditure", "expenditureTotal");

    public static readonly SortSpec<Budget> Sort = new SortSpec<Budget>(b => b.Id)
        .Field("year", "By fiscal year (预算年度).", b => b.FiscalYear)
        .Object<Unit, UnitSortInputType>("unit", "By the unit's fields (预算单位).", b => b.Unit, UnitQuerySpec.Sort)
        .Field("incomeTotal", "By total income (收入合计).", b => b.IncomeTotal)
        .Field("expenditure", "By expenditure as `totals.expenditure` shows it (支出); budgets stating none (null) come " +
               "first ascending, last descending.", b => b.Expenditure)
        .Field("expenditureTotal", "By total expenditure of the financial tables (支出合计); null first ascending, last " +
               "descending. " + OnlyFinancialTables, b => b.ExpenditureTotal)
        .Field("performanceBudget", "By the 部门支出预算总量 of the 部门整体绩效目标表 (null where the disclosure has no such table).",
               b => b.PerformanceBudget)
        .Field("basicExpenditure", "By basic expenditure (基本支出).", b => b.BasicExpenditure)
        .Field("projectExpenditure", "By project expenditure (项目支出).", b => b.ProjectExpenditure);
}
