using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The district totals written at import (issue 8): per table, level and district, the figures of the level totals of
/// the district's budgets — what <c>expenditureAggregate(by: DISTRICT)</c> over every budget reads.
/// </summary>
public sealed partial class ExpenditureDistrictTotalsTests
{
    [Fact]
    public async Task Importing_the_seeds_writes_each_districts_totals()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        foreach (var seed in Directory.GetFiles(Path.GetDirectoryName(RepositoryPaths.Seed("chaoyang-2023.txt"))!, "*.txt").Order(StringComparer.Ordinal))
            await importer.ImportFileAsync(seed);

        // 北碚区 holds chaoyang 2023 alone: its 表二 合计 3,394.41 万元 over 12 类 lines, the smallest 3.00, the largest 1,465.27.
        var beibei = await db.ExpenditureDistrictTotals.SingleAsync(t => t.DistrictName == "北碚区" &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(3394.41m), 12, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m), 1),
            (beibei.Sum, beibei.Count, beibei.Min, beibei.Max, beibei.Units));
        // 沙坪坝区 holds two seeds (ciqikou, shandong): one row per table and level for both.
        Assert.Equal(2, await db.Units.CountAsync(u => u.DistrictName == "沙坪坝区"));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task Each_district_counts_its_units_and_the_aggregate_by_unit_counts_them()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            await importer.ImportFileAsync(seed);
        // 表二 类 lines: nanping (南岸区), chaoyang (北碚区) and jiangbeicheng (江北区); shandong and ciqikou (沙坪坝区) have
        // none, so their district has no row.
        Assert.Equal(3, await ExpenditureAggregator.CountAsync(db, null, AggregateDimension.Unit, SubjectLevel.Category));
        Assert.Equal([("北碚区", 1), ("南岸区", 1), ("江北区", 1)], await UnitsPerDistrictAsync(db));

        // A SYNTHETIC renamed copy of chaoyang 2023 (as ../shared/scale/make.py makes them) is a second unit of 北碚区.
        var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var copy = BudgetCode().Replace(text.Replace("朝阳街道", "朝阳合成甲街道"), "$1");
        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("SYNTHETIC-chaoyang-1.txt", System.Text.Encoding.UTF8.GetBytes(copy))).Status);
        Assert.Equal(4, await ExpenditureAggregator.CountAsync(db, null, AggregateDimension.Unit, SubjectLevel.Category));
        Assert.Equal([("北碚区", 2), ("南岸区", 1), ("江北区", 1)], await UnitsPerDistrictAsync(db));
        // Replacing the copy (same unit and year) keeps it one unit.
        var corrected = copy.Replace("合计\t\t3,394.41\t1,225.79\t2,168.63", "合计\t\t3,394.41\t1,225.78\t2,168.63");
        Assert.NotEqual(copy, corrected);
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("SYNTHETIC-chaoyang-1.txt", System.Text.Encoding.UTF8.GetBytes(corrected))).Status);
        Assert.Equal(4, await ExpenditureAggregator.CountAsync(db, null, AggregateDimension.Unit, SubjectLevel.Category));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task In_a_batch_a_replaced_budgets_district_and_year_are_summed_again_at_its_end_over_what_the_batch_added()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            await importer.ImportFileAsync(seed);

        // One run, one batch: chaoyang 2023 with its 表二 201 line (line 95) printed 867.70 instead of 867.69 — a
        // replacement, whose 北碚区 and 2023 rows wait for the batch's end — then a new SYNTHETIC unit of 北碚区 for 2023,
        // added meanwhile to those stale rows.
        var folder = Directory.CreateTempSubdirectory("budgetgraph-batch-").FullName;
        try
        {
            var lines = File.ReadAllLines(RepositoryPaths.Seed("chaoyang-2023.txt"));
            Assert.Equal("201\t一般公共服务支出\t867.69\t538.14\t329.55", lines[94]);
            lines[94] = "201\t一般公共服务支出\t867.70\t538.14\t329.55";
            File.WriteAllLines(Path.Combine(folder, "a-chaoyang-2023-corrected.txt"), lines);
            var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
            File.WriteAllText(Path.Combine(folder, "b-SYNTHETIC-chaoyang-1.txt"), BudgetCode().Replace(text.Replace("朝阳街道", "朝阳合成甲街道"), "$1"));

            var results = await importer.ImportFilesAsync(DisclosureFiles.InFolder(folder).ToList());
            Assert.Equal([ImportStatus.Replaced, ImportStatus.Imported], results.Select(r => r.Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        // 北碚区 and 2023: 3,394.42 + 3,394.41 over 2 × 12 类 lines, the smallest 3.00, the largest 1,465.27; two units.
        var beibei = await db.ExpenditureDistrictTotals.SingleAsync(t => t.DistrictName == "北碚区" &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(6788.83m), 24, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m), 2),
            (beibei.Sum, beibei.Count, beibei.Min, beibei.Max, beibei.Units));
        var year = await db.ExpenditureYearTotals.SingleAsync(t => t.FiscalYear == 2023 &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(6788.83m), 24), (year.Sum, year.Count));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    private static async Task<List<(string District, int Units)>> UnitsPerDistrictAsync(BudgetDbContext db) =>
        (await db.ExpenditureDistrictTotals
            .Where(t => t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category)
            .Select(t => new { t.DistrictName, t.Units }).ToListAsync())
        .Select(t => (t.DistrictName, t.Units)).OrderBy(t => t.DistrictName, StringComparer.Ordinal).ToList();

    /// <summary>A budget code before the unit name (dropped in a renamed copy, as make.py does).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{3}[-—](重庆市)")]
    private static partial System.Text.RegularExpressions.Regex BudgetCode();

    [Fact]
    public async Task A_replaced_budget_leaves_its_district_with_the_new_figures()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var text = File.ReadAllText(RepositoryPaths.Seed("chaoyang-2023.txt"));
        var corrected = text.Replace("合计\t\t3,394.41\t1,225.79\t2,168.63", "合计\t\t3,394.41\t1,225.78\t2,168.63");
        Assert.NotEqual(text, corrected);

        var result = await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(corrected));

        Assert.Equal(ImportStatus.Replaced, result.Status);
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task A_second_year_of_a_unit_adds_its_figures_to_its_district_and_year_and_no_unit()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));

        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("SYNTHETIC-chaoyang-2024.txt", SeedImports.ChaoyangOneYearLater())).Status);

        // Two budgets of one unit in 北碚区: twice chaoyang's 表二 合计 3,394.41 万元 over twice its 12 类 lines, the same
        // extremes (3.00, 1,465.27), one unit; the year 2024 holds the copy alone.
        var beibei = await db.ExpenditureDistrictTotals.SingleAsync(t => t.DistrictName == "北碚区" &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(6788.82m), 24, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m), 1),
            (beibei.Sum, beibei.Count, beibei.Min, beibei.Max, beibei.Units));
        var year2024 = await db.ExpenditureYearTotals.SingleAsync(t => t.FiscalYear == 2024 &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(3394.41m), 12), (year2024.Sum, year2024.Count));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task A_unit_that_moves_takes_its_other_budgets_into_its_new_district()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        // As if chaoyang had been stored without a district: its 2023 budget counts under '' (no district).
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"DistrictName\" = NULL WHERE \"Slug\" = 'chaoyang';");
        await db.Database.ExecuteSqlRawAsync(ExpenditureDistrictTotals.AllDistricts);
        Assert.Equal([""], await db.ExpenditureDistrictTotals.Select(t => t.DistrictName).Distinct().ToListAsync());

        // Its 2024 disclosure names 北碚区: the unit moves, with its 2023 budget.
        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("SYNTHETIC-chaoyang-2024.txt", SeedImports.ChaoyangOneYearLater())).Status);

        Assert.Equal(["北碚区"], await db.ExpenditureDistrictTotals.Select(t => t.DistrictName).Distinct().ToListAsync());
        var beibei = await db.ExpenditureDistrictTotals.SingleAsync(t => t.DistrictName == "北碚区" &&
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal((FixedPoint.ToStored(6788.82m), 24, 1), (beibei.Sum, beibei.Count, beibei.Units));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task Adding_a_budget_to_its_district_and_year_reads_its_own_rows_not_every_budgets()
    {
        using var database = new SqliteTestDatabase();
        int chaoyang;
        await using (var db = database.CreateContext())
        {
            await SeedImports.OneByOneAsync(db);
            chaoyang = await db.Budgets.Where(b => b.FiscalYear == 2023).Select(b => b.Id).SingleAsync();
        }

        // The statements' plans (rolled back: the figures are already counted): the budget's level totals by their
        // primary key, its unit's other budgets by an index that leads with the unit — no scan of a table or an index.
        var plan = await Sql.PlanRecorder.PlanOfAsync(database, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ExpenditureDistrictTotals.AddBudgetAsync(db, chaoyang, "北碚区");
            await ExpenditureYearTotals.AddBudgetAsync(db, chaoyang);
            await transaction.RollbackAsync();
        });

        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH t USING INDEX sqlite_autoindex_ExpenditureLevelTotals_1 (BudgetId=?)", plan, StringComparison.Ordinal);
        // Any index that leads with the unit (the unit alone, its years, or its budgets' kept indicator counts): the same seek.
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SEARCH o USING COVERING INDEX IX_Budgets_UnitId(_FiscalYear|_IndicatorRows)? \(UnitId=\?\)"), plan);
        // Each of those budgets' totals of the table and level by primary key — not every budget's totals of that table and
        // level, each one's budget sought after (SQLite's order once the unit had an index of its own, as a join).
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(plan, @"SEARCH x (EXISTS )?USING COVERING INDEX sqlite_autoindex_ExpenditureLevelTotals_1 \(BudgetId=\?"), plan);
    }

    [Fact]
    public async Task The_row_without_a_district_is_recomputed_from_the_units_whose_district_is_null_or_empty()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        // nanping without a district, chaoyang with an empty one: both count under '' (as AllDistricts groups them).
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"DistrictName\" = NULL WHERE \"Slug\" = 'nanping';");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"DistrictName\" = '' WHERE \"Slug\" = 'chaoyang';");
        await db.Database.ExecuteSqlRawAsync(ExpenditureDistrictTotals.AllDistricts);
        var expected = await db.ExpenditureDistrictTotals.AsNoTracking().Where(t => t.DistrictName == "").ToListAsync();
        Assert.Equal(2, expected.Single(t => t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category).Units);

        foreach (var district in new[] { null, "" })
        {
            await ExpenditureDistrictTotals.RecomputeAsync(db, district);
            Assert.Equivalent(expected, await db.ExpenditureDistrictTotals.AsNoTracking().Where(t => t.DistrictName == "").ToListAsync(), strict: true);
        }
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

    [Fact]
    public async Task Recomputing_a_district_reads_its_units_budgets_not_every_budgets()
    {
        using var database = new SqliteTestDatabase();
        await using (var db = database.CreateContext()) await SeedImports.OneByOneAsync(db);

        // A named district and the units without one (NULL or '': two seeks of the index): the district's units by
        // IX_Units_DistrictName(_Desc), their budgets by an index that leads with the unit, those budgets' level totals by primary
        // key — no scan of the level totals or the units.
        var plan = await Sql.PlanRecorder.PlanOfAsync(database, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ExpenditureDistrictTotals.RecomputeAsync(db, "北碚区");
            await ExpenditureDistrictTotals.RecomputeAsync(db, null);
            await transaction.RollbackAsync();
        });

        // Either of the district's two indexes (ascending, and descending for the units' sort): the same seek.
        Assert.Equal(3, CountOf("SEARCH u USING COVERING INDEX IX_Units_DistrictName (DistrictName=?)", plan)
            + CountOf("SEARCH u USING COVERING INDEX IX_Units_DistrictName_Desc (DistrictName=?)", plan));
        Assert.Equal(2, new[] { "", "_FiscalYear", "_IndicatorRows" }
            .Sum(index => CountOf($"SEARCH b USING COVERING INDEX IX_Budgets_UnitId{index} (UnitId=?)", plan)));
        Assert.Equal(2, CountOf("SEARCH t USING INDEX sqlite_autoindex_ExpenditureLevelTotals_1 (BudgetId=?)", plan));
        Assert.DoesNotContain("SCAN t", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN u", plan, StringComparison.Ordinal);
    }

    private static int CountOf(string line, string plan) =>
        plan.Split('\n').Count(l => l.Trim().Equals(line, StringComparison.Ordinal));

    /// <summary>
    /// The stored district totals equal the level totals grouped by the units' district (as the aggregate grouped them
    /// before it read the maintained rows), and the aggregate over every budget gives them.
    /// </summary>
    private static async Task AssertTotalsEqualTheLevelTotalsAsync(BudgetDbContext db)
    {
        var fromLevels = await (from t in db.ExpenditureLevelTotals
                                join u in db.Units on t.UnitId equals u.Id
                                group t by new { t.TableKind, t.Level, District = u.DistrictName ?? "" } into g
                                select new { g.Key.TableKind, g.Key.Level, g.Key.District, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count), Min = g.Min(t => t.Min), Max = g.Max(t => t.Max), Units = g.Select(t => t.UnitId).Distinct().Count() })
            .ToListAsync();
        var stored = await db.ExpenditureDistrictTotals
            .Select(t => new { t.TableKind, t.Level, District = t.DistrictName, t.Sum, t.Count, t.Min, t.Max, t.Units })
            .ToListAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(fromLevels.OrderBy(r => (r.TableKind, r.Level, r.District)), stored.OrderBy(r => (r.TableKind, r.Level, r.District)));

        var perBudget = await ExpenditureAggregator.AggregateAsync(db, db.Budgets, AggregateDimension.District, SubjectLevel.Category);
        var whole = await ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.District, SubjectLevel.Category);
        Assert.Equal(perBudget, whole);
        // The aggregate by unit over every budget counts as many groups as it has (and as the unit totals have rows).
        foreach (var level in new[] { SubjectLevel.Category, SubjectLevel.Section, SubjectLevel.Item })
        foreach (var table in new[] { FunctionalTableKind.GeneralPublicBudgetExpenditure, FunctionalTableKind.DepartmentExpenditure })
        {
            var count = await ExpenditureAggregator.CountAsync(db, null, AggregateDimension.Unit, level, table);
            Assert.Equal(await ExpenditureAggregator.CountAsync(db, db.Budgets, AggregateDimension.Unit, level, table), count);
            Assert.Equal(await db.ExpenditureUnitTotals.CountAsync(t => t.TableKind == table && t.Level == level), count);
        }
    }
}
