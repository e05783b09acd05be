using BudgetGraph.Data.Entities;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// The queries the GraphQL layer runs most, written once so the same LINQ is translated for SQLite (and executed)
/// and for SQL Server (snapshot of the T-SQL).
/// </summary>
public static class RepresentativeQueries
{
    /// <summary>Projects over an amount (万元), largest first, one page.</summary>
    public static IQueryable<Project> ProjectsOver(BudgetDbContext db, decimal amount, int skip, int take)
    {
        var stored = FixedPoint.ToStored(amount);
        return db.Projects.Where(p => p.Amount > stored)
            .OrderByDescending(p => p.Amount).ThenBy(p => p.Id)
            .Skip(skip).Take(take);
    }

    /// <summary>
    /// budgets(where: { year: { eq: year }, expenditure: { gte: amount } }, order: [{ expenditure: DESC }]): the served
    /// expenditure, performance-only budgets included, largest first, one page.
    /// </summary>
    public static IQueryable<Budget> BudgetsOfAYearByExpenditure(BudgetDbContext db, int year, decimal amount, int take)
    {
        var stored = FixedPoint.ToStored(amount);
        return db.Budgets.Where(b => b.FiscalYear == year && b.Expenditure >= stored)
            .OrderByDescending(b => b.Expenditure).ThenBy(b => b.Id)
            .Take(take);
    }

    /// <summary>
    /// budgets(where: { carryOver: { gte: amount } }, first: take) { totalCount … } when the count found few matches
    /// (Paging.FewMatches): the page read through the matches' ids, in key order.
    /// </summary>
    public static IQueryable<Budget> BudgetsWithCarryOverByMatchingIds(BudgetDbContext db, decimal amount, int take)
    {
        var stored = FixedPoint.ToStored(amount);
        var ids = db.Budgets.Where(b => b.CarryOver >= stored).Select(b => b.Id);
        return db.Budgets.Where(b => ids.Contains(b.Id)).OrderBy(b => b.Id).Take(take);
    }

    /// <summary>
    /// units(where: { districtName: { contains: part } }, first: …) { totalCount … }: the units the filter matches, whose
    /// number and least key FirstMatch counts in one aggregate.
    /// </summary>
    public static IQueryable<Unit> UnitsByDistrictPart(BudgetDbContext db, string part) =>
        db.Units.Where(u => u.DistrictName!.Contains(part));

    /// <summary>The same connection's page when more than Paging.FewMatches match: from the first match's key on, in key order.</summary>
    public static IQueryable<Unit> UnitsByDistrictPartFrom(BudgetDbContext db, string part, int first, int take) =>
        Reading.FirstMatch.From(UnitsByDistrictPart(db, part), first).OrderBy(u => u.Id).Take(take);

    /// <summary>
    /// budgets(where: { procurementTotal: { gte: amount } }, first: …) { totalCount … }, counted on the amount bands with
    /// more than Paging.FewMatches matches that the table's first keys do not hold (Paging.ProbedKeys): the
    /// budgets whose least key the FirstMatch aggregate reads over the amount's index.
    /// </summary>
    public static IQueryable<Budget> BudgetsWithProcurement(BudgetDbContext db, decimal amount)
    {
        var stored = FixedPoint.ToStored(amount);
        return db.Budgets.Where(b => b.ProcurementTotal >= stored);
    }

    /// <summary>That connection's page, from the first match's key on, in key order.</summary>
    public static IQueryable<Budget> BudgetsWithProcurementFrom(BudgetDbContext db, decimal amount, int first, int take) =>
        Reading.FirstMatch.From(BudgetsWithProcurement(db, amount), first).OrderBy(b => b.Id).Take(take);

    /// <summary>budgets(where: { year: { eq: year }, procurementTotal: { gte: amount } }): the year beside a band.</summary>
    public static IQueryable<Budget> BudgetsOfYearWithProcurement(BudgetDbContext db, int year, decimal amount) =>
        BudgetsWithProcurement(db, amount).Where(b => b.FiscalYear == year);

    /// <summary>The year's rows alone, whose first and last keys bound every match's of that filter (KeyOrderPage.SeekingReader).</summary>
    public static IQueryable<Budget> BudgetsOfYear(BudgetDbContext db, int year) => db.Budgets.Where(b => b.FiscalYear == year);

    /// <summary>That connection's page among the keys from the year's first key up to <paramref name="end"/> (excluded).</summary>
    public static IQueryable<Budget> BudgetsOfYearWithProcurementBetween(BudgetDbContext db, int year, decimal amount, int first, int end, int take) =>
        Reading.FirstMatch.Between(BudgetsOfYearWithProcurement(db, year, amount), first, end).OrderBy(b => b.Id).Take(take);

    /// <summary>That connection's page looked for among the table's first keys first (Paging.ProbedKeys).</summary>
    public static IQueryable<Budget> BudgetsWithProcurementAmongFirstKeys(BudgetDbContext db, decimal amount, int keys, int take) =>
        Reading.FirstMatch.AmongFirstKeys(BudgetsWithProcurement(db, amount), db.Budgets, keys).OrderBy(b => b.Id).Take(take);

    /// <summary>
    /// indicators(where: { numericTarget: { gte: target } }) { totalCount }: the sum of the value counts kept at import
    /// (Import/ValueCounts) of the targets in range — the query FilterSpec.CountOnValues sums (grouped by the column here
    /// so that it is a query to translate; SumAsync sends the same SUM without the GROUP BY).
    /// </summary>
    public static IQueryable<long> IndicatorsWithTargetCountedOnValues(BudgetDbContext db, decimal target)
    {
        var stored = FixedPoint.ToStored(target);
        var column = Data.Import.ValueCounts.Key("Indicators", "NumericTarget");
        return db.ValueCounts.Where(v => v.Column == column && v.Number >= stored)
            .GroupBy(v => v.Column).Select(g => g.Sum(v => v.Count));
    }

    /// <summary>
    /// budgets(where: { year: { eq: year }, expenditureTotal: { gte: amount } }) { totalCount }, first part: the band counts
    /// kept at import (Import/AmountBands) of the year whose least amount passes, less the band the bound falls in — the
    /// query FilterSpec.CountOnBands sums (grouped by the column here so that it is a query to translate).
    /// </summary>
    public static IQueryable<long> BudgetsOfAYearCountedOnBands(BudgetDbContext db, int year, decimal amount)
    {
        var stored = FixedPoint.ToStored(amount);
        var bound = Data.Import.AmountBands.BandOf(stored);
        var column = Data.Import.AmountBands.Key("Budgets", "ExpenditureTotal");
        return db.AmountBandCounts.Where(a => a.Column == column && a.Band >= stored && a.FiscalYear == year && a.Band != bound)
            .GroupBy(a => a.Column).Select(g => g.Sum(a => a.Count));
    }

    /// <summary>The second part: the budgets of the year that pass, counted in the band the bound falls in only.</summary>
    public static IQueryable<Budget> BudgetsOfAYearInTheBoundsBand(BudgetDbContext db, int year, decimal amount)
    {
        var stored = FixedPoint.ToStored(amount);
        var (least, greatest) = Data.Import.AmountBands.Range(Data.Import.AmountBands.BandOf(stored));
        return db.Budgets.Where(b => b.FiscalYear == year && b.ExpenditureTotal >= stored)
            .Where(b => b.ExpenditureTotal >= least && b.ExpenditureTotal <= greatest);
    }

    /// <summary>The functional subject lines of one budget's 表二, in code order.</summary>
    public static IQueryable<ExpenditureLine> SubjectLinesOf(BudgetDbContext db, int budgetId) =>
        db.ExpenditureLines
            .Where(l => l.BudgetId == budgetId && l.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure)
            .OrderBy(l => l.Code);

    public sealed record CategoryTotal(string Code, long? Total, int Budgets);

    /// <summary>Expenditure by 类 (3-digit code) summed across budgets, from each budget's 表二.</summary>
    public static IQueryable<CategoryTotal> ExpenditureByCategory(BudgetDbContext db) =>
        db.ExpenditureLines
            .Where(l => l.Level == SubjectLevel.Category && l.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure)
            .GroupBy(l => l.Code)
            .OrderBy(g => g.Key)
            .Select(g => new CategoryTotal(g.Key, g.Sum(l => l.Total), g.Count()));
}
