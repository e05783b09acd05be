using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Tests.Comparisons;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// SQLite's query plans (EXPLAIN QUERY PLAN) of the whole-dataset reads (issue 8), taken from the SQL the code
/// really sends (recorded by <see cref="PlanRecorder"/>) and kept as snapshots (__snapshots__/QueryPlanTests.*): each
/// shows the index that serves the read. Without ANALYZE, SQLite plans by the schema alone, so the five seeds give
/// the same plans as 5,005 disclosures. The asserts name the index that must appear.
/// </summary>
public sealed class QueryPlanTests(SeedsOnlyDatabase fixture) : IClassFixture<SeedsOnlyDatabase>
{
    private async Task<string> PlanOfAsync(string name, Func<BudgetDbContext, Task> read)
    {
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database, read);
        Snapshot.Match(plan, new SnapshotNameExtension(name));
        return plan;
    }

    [Fact]
    public async Task Aggregate_by_district_over_every_budget_reads_the_district_totals_in_order()
    {
        var plan = await PlanOfAsync("DistrictTotals", db => ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.District, SubjectLevel.Category));
        Assert.Contains("SEARCH e USING INDEX sqlite_autoindex_ExpenditureDistrictTotals_1 (TableKind=? AND Level=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotContain("ExpenditureLevelTotals", plan);
    }

    [Fact]
    public async Task Aggregate_by_year_over_every_budget_reads_the_year_totals_in_year_order()
    {
        // One row per table, level and year (ExpenditureYearTotals, kept at import), by its key: not one per budget.
        var plan = await PlanOfAsync("YearTotals", db => ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.Year, SubjectLevel.Category));
        Assert.Contains("SEARCH e USING INDEX sqlite_autoindex_ExpenditureYearTotals_1 (TableKind=? AND Level=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotContain("ExpenditureLevelTotals", plan);
    }

    [Fact]
    public async Task Aggregate_by_year_over_some_budgets_reads_one_level_total_per_budget()
    {
        var plan = await PlanOfAsync("YearOfSomeBudgets", db => ExpenditureAggregator.AggregateAsync(db,
            db.Budgets.Where(b => b.FiscalYear >= 2024), AggregateDimension.Year, SubjectLevel.Category));
        // A filter on the budgets: their level totals, one per budget (the year totals cover every budget only).
        Assert.Contains("SEARCH e USING INDEX IX_ExpenditureLevelTotals_Year (TableKind=? AND Level=?)", plan);
        Assert.DoesNotContain("ExpenditureYearTotals", plan);
        Assert.DoesNotContain("ExpenditureLines", plan);
    }

    [Fact]
    public async Task Aggregate_by_subject_over_some_budgets_reads_the_lines_from_one_covering_index_in_code_order()
    {
        var plan = await PlanOfAsync("SubjectOfSomeBudgets", db => ExpenditureAggregator.AggregateAsync(db,
            db.Budgets.Where(b => b.FiscalYear >= 2024), AggregateDimension.Subject, SubjectLevel.Category));
        // A filter on the budgets: the lines of the level, in code order with their budget, total and name, from the
        // index alone (no row read, no sort of the groups); the budgets' ids once.
        Assert.Contains("SEARCH e USING COVERING INDEX IX_ExpenditureLines_Compare_Total (TableKind=? AND Level=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_replaced_budgets_lines_are_taken_out_of_the_subject_totals_by_index_ranges()
    {
        // Before a replaced budget's lines are deleted, each of its codes' row loses them: its least and greatest total
        // and its label read again from the other budgets' entries of the code in the covering index, no line row read.
        // Budget 4, 表二 201 一般公共服务支出 at 类 level (the plan is the same for any budget and code).
        var plan = await PlanRecorder.PlanOfStatementAsync(fixture.Database, BudgetGraph.Data.Import.ExpenditureSubjectTotals.SubtractCode,
            4, 0L, 1, "一般公共服务支出", nameof(FunctionalTableKind.GeneralPublicBudgetExpenditure), nameof(SubjectLevel.Category), "201");
        Snapshot.Match(plan, new SnapshotNameExtension("SubjectTotalsRemove"));
        Assert.Equal(4, plan.Split('\n').Count(l => l.Contains("SEARCH x USING COVERING INDEX IX_ExpenditureLines_Compare_Total (TableKind=? AND Level=? AND Code=?)", StringComparison.Ordinal)));
        Assert.DoesNotContain("SEARCH x USING INDEX", plan);
        Assert.DoesNotContain("SCAN x", plan);
    }

    [Fact]
    public async Task Aggregate_by_subject_over_every_budget_reads_the_subject_totals_in_code_order()
    {
        var plan = await PlanOfAsync("Subject", db => ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.Subject, SubjectLevel.Category));
        Assert.Contains("SEARCH e USING INDEX sqlite_autoindex_ExpenditureSubjectTotals_1 (TableKind=? AND Level=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotContain("ExpenditureLines", plan);
    }

    [Theory]
    [InlineData("UnitPageByKey", false)]
    [InlineData("UnitPageBySumDesc", true)]
    public async Task A_page_of_the_aggregate_by_unit_reads_the_unit_totals_index_in_its_order(string name, bool bySum)
    {
        // expenditureAggregate(by: UNIT) over every budget, first page of 20 (+1 to know whether there is a next):
        // by key (slug) or the top spenders (sum DESC, then slug) — an index in that order, stopped after the page; the
        // label (short name) by the unit's key for those rows alone. No sort, nothing read per budget.
        IReadOnlyList<AggregateSort>? order = bySum ? [new AggregateSort(AggregateSortField.Sum, Descending: true)] : null;
        var plan = await PlanOfAsync(name, async db =>
        {
            await ExpenditureAggregator.Query(db, null, AggregateDimension.Unit, SubjectLevel.Category, order: order).Skip(20).Take(21).ToListAsync();
            // totalCount: the districts' unit counts (a row per district), not the unit totals' index.
            await ExpenditureAggregator.CountAsync(db, null, AggregateDimension.Unit, SubjectLevel.Category);
        });
        Assert.DoesNotContain("SCAN", plan);
        Assert.Equal(1, plan.Split("SEARCH u").Length - 1);
        Assert.Contains(bySum ? "SEARCH e USING COVERING INDEX IX_ExpenditureUnitTotals_Sum (TableKind=? AND Level=?)"
            : "SEARCH e USING COVERING INDEX IX_ExpenditureUnitTotals_Slug (TableKind=? AND Level=?)", plan);
        Assert.Contains("SEARCH u USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotContain("ExpenditureLevelTotals", plan);
    }

    [Fact]
    public async Task Indicator_name_test_under_a_target_filter_reads_the_covering_index()
    {
        // The SQL of indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }) { totalCount }.
        var plan = await PlanOfAsync("IndicatorNameAndTarget", db =>
            db.Indicators.Where(i => i.Name.Contains("满意") && i.NumericTarget < FixedPoint.ToStored(90m)).CountAsync());
        Assert.Contains("SEARCH i USING COVERING INDEX IX_Indicators_NumericTarget_Name_Categories (NumericTarget<?)", plan);
    }

    [Fact]
    public async Task Compare_reads_only_the_lines_of_the_subjects_asked()
    {
        var plan = await PlanOfAsync("Compare", db => CrossUnitComparer.CompareAsync(db,
            new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category)));
        // Filter and ranks from a covering index alone (IX_ExpenditureLines_Compare: the subject's lines by year, the
        // window's partitions; their totals sorted within each); rows, budgets and units by key for the ranked lines.
        Assert.Contains("SEARCH l USING COVERING INDEX IX_ExpenditureLines_Compare (TableKind=? AND Level=? AND Code=?)", plan);
        Assert.DoesNotContain("SCAN l", plan);
    }

    [Fact]
    public async Task A_compare_page_reads_the_index_and_the_units_and_ranks_its_rows_by_index_ranges()
    {
        // compare(subjectCodes: ["201", "208"], level: CATEGORY): the page by the index and the units alone (no
        // window over every row, no row of the lines), then each row of the page ranked by two index ranges of the
        // distinct totals kept at import (as many entries as distinct totals above the row's, not lines).
        var request = new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category);
        var plan = await PlanOfAsync("ComparePage", async db =>
        {
            var page = await CrossUnitComparer.InDefaultOrder(CrossUnitComparer.UnrankedQuery(db, request, ComparisonPageColumns.IndexAndUnit)).Take(11).ToListAsync();
            await CrossUnitComparer.RowsWithRanksAsync(db, request, page);
        });
        Assert.Contains("SEARCH l USING COVERING INDEX IX_ExpenditureLines_Compare (TableKind=? AND Level=? AND Code=?)", plan);
        Assert.Contains("SEARCH u USING COVERING INDEX IX_Units_Id_Slug (Id=?)", plan);   // not the 1.5 KB unit rows
        Assert.Contains("SEARCH x USING PRIMARY KEY (TableKind=? AND Level=? AND Code=? AND FiscalYear=? AND Value>?)", plan);
        Assert.Contains("SEARCH x USING COVERING INDEX IX_ExpenditureTotalValues_Overall (TableKind=? AND Level=? AND Code=? AND Value>?)", plan);
        Assert.DoesNotContain("SCAN", plan);
    }

    [Fact]
    public async Task A_default_order_compare_page_walks_the_units_in_slug_order()
    {
        // compare(subjectCodes: ["201", "208"], level: CATEGORY) in its default order (code, year, unit slug): per code
        // and year, the units in slug order, each one's budget of the year and its lines of the code by seeks — no sort
        // of the subject's lines (the slug is not on them), a few seeks per row of the page.
        var request = new ComparisonRequest(["201", "208"], null, null, SubjectLevel.Category);
        // One unit per row wanted, a page of two: the walk's bound (the third slug) is within the five units.
        var plan = await PlanOfAsync("CompareDefaultOrderWalk", db => CrossUnitComparer.DefaultOrderPageAsync(db, request, 0, 2, default, unitsPerRow: 1));
        Assert.Contains("SEARCH u USING INDEX IX_Units_Slug (Slug<?)", plan);
        Assert.Contains("SEARCH b USING COVERING INDEX IX_Budgets_UnitId_FiscalYear (UnitId=? AND FiscalYear=?)", plan);
        Assert.Contains("SEARCH l USING INDEX IX_ExpenditureLines_BudgetId_TableKind_Code (BudgetId=? AND TableKind=? AND Code=?)", plan);
        // (The snapshot's temporary B-trees sort the few rows the walks found, and the lines of a code and year found
        // sparse within the bound — here, with so few units, most of them.)
    }

    [Fact]
    public async Task A_compare_top_reads_one_threshold_per_subject_and_year_and_the_index()
    {
        // compare(subjectCodes: ["201"], level: CATEGORY, top: 3, order: [{ total: DESC }]) { totalCount }: no window;
        // each subject and year's 3rd largest distinct total by index seeks, then the lines reaching it from the index.
        var request = new ComparisonRequest(["201"], null, null, SubjectLevel.Category, Top: 3);
        var plan = await PlanOfAsync("CompareTop", async db =>
        {
            await CrossUnitComparer.CountAsync(db, request);
            var page = await CrossUnitComparer.UnrankedQuery(db, request, ComparisonPageColumns.Index)
                .OrderByDescending(r => r.Total).ThenBy(r => r.LineId).Take(21).ToListAsync();
            await CrossUnitComparer.RowsWithRanksAsync(db, request, page);
        });
        Assert.Contains("CO-ROUTINE th", plan);   // the thresholds: one row per subject and year, never merged into the join
        // Each threshold from the distinct totals kept at import (codes and level named, every unit): the years by
        // seeks, then the year's values largest first — never every line of the subject and year, never a DISTINCT.
        Assert.Contains("RECURSIVE STEP", plan);
        Assert.Contains("SEARCH x USING PRIMARY KEY (TableKind=? AND Level=? AND Code=? AND FiscalYear>?)", plan);
        Assert.Contains("SEARCH d USING PRIMARY KEY (TableKind=? AND Level=? AND Code=? AND FiscalYear=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE FOR DISTINCT", plan);
        // totalCount: the line counts of the values reaching the thresholds, not the lines.
        Assert.Contains("SEARCH v USING PRIMARY KEY (TableKind=? AND Level=? AND Code=? AND FiscalYear=?)", plan);
        // The page: the subject's lines largest first, equal totals by line, from the descending index (no sort of the lines).
        Assert.Contains("SEARCH l USING COVERING INDEX IX_ExpenditureLines_Compare_Total (TableKind=? AND Level=? AND Code=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE FOR LAST TERM OF ORDER BY", plan);
        // The page's ranks: ranges of the distinct totals.
        Assert.Contains("SEARCH x USING PRIMARY KEY (TableKind=? AND Level=? AND Code=? AND FiscalYear=? AND Value>?)", plan);
        Assert.DoesNotContain("SCAN l", plan);
        Assert.DoesNotContain("SCAN x", plan);
    }

    [Fact]
    public async Task Projects_by_amount_desc_read_the_descending_index_in_order()
    {
        // projects(where: { amount: { gte: 100 } }, order: [{ amount: DESC }], first: 20): amount DESC then id is the
        // descending index's own order, so ties of an amount are no sorted run of their own.
        var plan = await PlanOfAsync("ProjectsByAmountDesc", db => RepresentativeQueries.ProjectsOver(db, 100m, 0, 21).ToListAsync());
        Assert.Contains("SEARCH p USING INDEX IX_Projects_Amount_Desc (Amount>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task Projects_of_a_year_by_amount_desc_read_the_year_and_descending_amount_index_in_order()
    {
        // projects(where: { year: { eq: 2024 } }, order: [{ amount: DESC }], first: 20): (FiscalYear, Amount DESC) then
        // the row id ascending is the page's own order. Read backwards, (FiscalYear, Amount) gave equal amounts in
        // descending key order: SQLite sorted each run of them, reading the whole year first (经费 beside 2024 at 50,005
        // disclosures: 180,018 cards read for a page, 477 ms; 3.3 with this index).
        var plan = await PlanOfAsync("ProjectsOfAYearByAmountDesc", db => db.Projects.Where(p => p.FiscalYear == 2024)
            .OrderByDescending(p => p.Amount).ThenBy(p => p.Id).Take(21).ToListAsync());
        Assert.Contains("SEARCH p USING INDEX IX_Projects_FiscalYear_Amount_Desc (FiscalYear=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_years_cards_and_indicators_of_a_core_mark_are_read_in_key_order_from_one_range()
    {
        // The page of projects(where: { year: { eq: 2024 }, hasCoreIndicator: { eq: true } }) when the matches are many
        // (3,003 at 5,005 disclosures): the keys between the first and last match the kept counts hold, in key order.
        // Through the mark's index alone, every core card of another year in between was looked up to test its year
        // (19,000 at 5,005 disclosures before the first SYNTHETIC card of 2024: 27–38 ms for a page).
        // (Sent as values, as the API's filters are: a constant true is no equality an index serves.)
        var (year, core, first, last) = (2024, true, 30, 32037);
        var cards = await PlanOfAsync("CardsOfAYearAndCoreMark", db => db.Projects
            .Where(p => p.FiscalYear == year && p.HasCoreIndicator == core && p.Id >= first && p.Id <= last)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(21).ToListAsync());
        Assert.Contains("SEARCH p USING COVERING INDEX IX_Projects_FiscalYear_HasCoreIndicator (FiscalYear=? AND HasCoreIndicator=? AND rowid>? AND rowid<?)", cards);
        Assert.DoesNotContain("TEMP B-TREE", cards);
        var indicators = await PlanOfAsync("IndicatorsOfAYearAndCoreMark", db => db.Indicators
            .Where(i => i.FiscalYear == year && i.IsCore == core && i.Id >= first && i.Id <= last)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(21).ToListAsync());
        Assert.Contains("SEARCH i USING COVERING INDEX IX_Indicators_FiscalYear_IsCore_Orders (FiscalYear=? AND IsCore=? AND Id>? AND Id<?)", indicators);
        Assert.DoesNotContain("TEMP B-TREE", indicators);
    }

    [Fact]
    public async Task Budgets_of_a_year_by_expenditure_read_the_year_and_expenditure_index_in_order()
    {
        // The SQL of budgets(where: { year: { eq: 2024 }, expenditureTotal: { gte: 1000 } }, order: [{ expenditureTotal: DESC }]).
        var plan = await PlanOfAsync("BudgetsOfAYear", db => db.Budgets
            .Where(b => b.FiscalYear == 2024 && b.ExpenditureTotal >= FixedPoint.ToStored(1000m))
            .OrderByDescending(b => b.ExpenditureTotal).ThenBy(b => b.Id).Take(20).ToListAsync());
        // (FiscalYear, ExpenditureTotal DESC) then the row id ascending: the page's own order, no sort of the matches.
        Assert.Contains("SEARCH b USING INDEX IX_Budgets_FiscalYear_ExpenditureTotal_Desc (FiscalYear=? AND ExpenditureTotal>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task Budgets_of_a_year_by_served_expenditure_read_its_year_and_descending_index_in_order()
    {
        // budgets(where: { year: { eq: 2024 }, expenditure: { gte: 1000 } }, order: [{ expenditure: DESC }]).
        var plan = await PlanOfAsync("BudgetsOfAYearByServedExpenditure", db =>
            RepresentativeQueries.BudgetsOfAYearByExpenditure(db, 2024, 1000m, take: 20).ToListAsync());
        Assert.Contains("SEARCH b USING INDEX IX_Budgets_FiscalYear_Expenditure_Desc (FiscalYear=? AND Expenditure>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_page_of_few_matches_lists_their_ids_from_the_filter_index_and_reads_the_rows_by_key()
    {
        // Not the table in key order, testing every row until the page is full (the matches may be its last rows).
        var plan = await PlanOfAsync("BudgetsByMatchingIds", db =>
            RepresentativeQueries.BudgetsWithCarryOverByMatchingIds(db, 1m, take: 21).ToListAsync());
        Assert.Contains("SEARCH b USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.Contains("USING COVERING INDEX IX_Budgets_CarryOver (CarryOver>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotMatch(@"(?m)^\s*SCAN b$", plan);
    }

    [Fact]
    public async Task A_count_with_the_first_matchs_key_reads_the_filters_index_once_and_the_page_starts_at_that_key()
    {
        // One pass over the district's index entries for both aggregates (no GROUP BY sort); the page by key from the
        // first match on, not the table from its first row.
        var plan = await PlanOfAsync("UnitsFromTheFirstMatch", async db =>
        {
            var (count, first, _) = await Reading.FirstMatch.CountAsync(db, RepresentativeQueries.UnitsByDistrictPart(db, "南岸"), CancellationToken.None);
            await RepresentativeQueries.UnitsByDistrictPartFrom(db, "南岸", first ?? 0, 21).ToListAsync();
        });
        Assert.Contains("COVERING INDEX IX_Units_DistrictName", plan);
        Assert.Contains("SEARCH u USING INTEGER PRIMARY KEY (rowid>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_band_counted_filters_page_is_looked_for_among_the_first_keys_then_from_the_first_matchs_key()
    {
        // The page among the table's first keys (one range of the primary key below the least key plus 1,024, the least
        // key one seek); then the matches' least key from the amount's covering index (one range, no table row read); the
        // page by key from there.
        var plan = await PlanOfAsync("BudgetsFromTheFirstBandedMatch", async db =>
        {
            await RepresentativeQueries.BudgetsWithProcurementAmongFirstKeys(db, 100m, 1024, 21).ToListAsync();
            var (_, first, _) = await Reading.FirstMatch.CountAsync(db, RepresentativeQueries.BudgetsWithProcurement(db, 100m), CancellationToken.None);
            await RepresentativeQueries.BudgetsWithProcurementFrom(db, 100m, first ?? 0, 21).ToListAsync();
        });
        Assert.Contains("SEARCH b USING INTEGER PRIMARY KEY (rowid<?)", plan);
        Assert.Contains("SEARCH b USING COVERING INDEX IX_Budgets_ProcurementTotal (ProcurementTotal>?)", plan);
        Assert.Contains("SEARCH b USING INTEGER PRIMARY KEY (rowid>?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
        Assert.DoesNotMatch(@"(?m)^\s*SCAN b$", plan);
    }

    [Fact]
    public async Task A_years_key_bounds_are_one_seek_each_and_the_page_after_the_first_reads_the_years_index_in_key_order()
    {
        // MIN and MAX of the year's keys, each a scalar subquery of its own (in one aggregate SQLite would read every entry
        // of the year), then the page among the keys from the first: the year's range of its index from that key, no sort.
        var plan = await PlanOfAsync("BudgetsBetweenTheYearsKeys", async db =>
        {
            var (first, _) = (await Reading.FirstMatch.KeyBoundsAsync(db, RepresentativeQueries.BudgetsOfYear(db, 2024), CancellationToken.None))!.Value;
            await RepresentativeQueries.BudgetsOfYearWithProcurementBetween(db, 2024, 100m, first, first + 1344, 21).ToListAsync();
        });
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(plan, @"SEARCH b USING COVERING INDEX IX_Budgets_FiscalYear\S* \(FiscalYear=\?\)").Count);
        Assert.Matches(@"SEARCH b USING INDEX IX_Budgets_FiscalYear\S* \(FiscalYear=\? AND rowid>\? AND rowid<\?\)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_count_on_the_value_counts_reads_one_range_of_their_covering_index()
    {
        var plan = await PlanOfAsync("IndicatorsWithTargetCountedOnValues", db =>
            RepresentativeQueries.IndicatorsWithTargetCountedOnValues(db, 100m).ToListAsync());
        Assert.Contains("SEARCH v USING COVERING INDEX IX_ValueCounts_Column_Number (Column=? AND Number>?)", plan);
    }

    [Fact]
    public async Task A_count_on_the_amount_bands_reads_a_range_of_their_index_and_the_bounds_band_of_the_years_amounts()
    {
        var bands = await PlanOfAsync("BudgetsOfAYearCountedOnBands", db =>
            RepresentativeQueries.BudgetsOfAYearCountedOnBands(db, 2024, 1000m).ToListAsync());
        Assert.Contains("SEARCH a USING COVERING INDEX IX_AmountBandCounts_Column_Band_FiscalYear (Column=? AND Band>?)", bands);
        var rows = await PlanOfAsync("BudgetsOfAYearInTheBoundsBand", db =>
            RepresentativeQueries.BudgetsOfAYearInTheBoundsBand(db, 2024, 1000m).CountAsync());
        Assert.Matches(@"SEARCH b USING COVERING INDEX IX_Budgets_FiscalYear_ExpenditureTotal(_Desc)? \(FiscalYear=\? AND ExpenditureTotal>\? AND ExpenditureTotal<\?\)", rows);
    }

    [Fact]
    public async Task Budgets_by_expenditure_largest_first_read_the_descending_index_in_order()
    {
        var plan = await PlanOfAsync("BudgetsByExpenditureDesc", db => db.Budgets
            .OrderByDescending(b => b.ExpenditureTotal).ThenBy(b => b.Id).Take(20).ToListAsync());
        Assert.Contains("SCAN b USING INDEX IX_Budgets_ExpenditureTotal_Desc", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task Fiscal_years_read_the_year_index_alone()
    {
        var plan = await PlanOfAsync("FiscalYears", db =>
            db.Budgets.Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync());
        Assert.Contains("USING COVERING INDEX IX_Budgets_FiscalYear", plan);
    }

    [Fact]
    public async Task Fiscal_years_on_SQLite_seek_the_year_index_once_per_year()
    {
        // fiscalYears { year } (issue 8, session 8): the greatest year, then the greatest below it — never every budget.
        List<int> years = [];
        var plan = await PlanOfAsync("FiscalYearsLooseScan", async db => years = await FiscalYears.NewestFirstAsync(db));
        // Either of the year's two indexes (ascending, and descending for the budgets' sort): the same seek.
        Assert.Matches(@"SEARCH b USING COVERING INDEX IX_Budgets_FiscalYear(_Desc)? \(FiscalYear<\?\)", plan);
        Assert.DoesNotContain("SCAN b ", plan + " ");
        await using var db = fixture.Database.CreateContext();
        Assert.Equal(await db.Budgets.Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(), years);
        Assert.Equal([2025, 2024, 2023], years);   // the seeds: chaoyang 2023; nanping, shandong, ciqikou 2024; jiangbeicheng 2025
    }
}
