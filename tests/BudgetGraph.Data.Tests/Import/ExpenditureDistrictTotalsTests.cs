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
public sealed class ExpenditureDistrictTotalsTests
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
        Assert.Equal((FixedPoint.ToStored(3394.41m), 12, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m)),
            (beibei.Sum, beibei.Count, beibei.Min, beibei.Max));
        // 沙坪坝区 holds two seeds (ciqikou, shandong): one row per table and level for both.
        Assert.Equal(2, await db.Units.CountAsync(u => u.DistrictName == "沙坪坝区"));
        await AssertTotalsEqualTheLevelTotalsAsync(db);
    }

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

    /// <summary>
    /// The stored district totals equal the level totals grouped by the units' district (as the aggregate grouped them
    /// before it read the maintained rows), and the aggregate over every budget gives them.
    /// </summary>
    private static async Task AssertTotalsEqualTheLevelTotalsAsync(BudgetDbContext db)
    {
        var fromLevels = await (from t in db.ExpenditureLevelTotals
                                join u in db.Units on t.UnitId equals u.Id
                                group t by new { t.TableKind, t.Level, District = u.DistrictName ?? "" } into g
                                select new { g.Key.TableKind, g.Key.Level, g.Key.District, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count), Min = g.Min(t => t.Min), Max = g.Max(t => t.Max) })
            .ToListAsync();
        var stored = await db.ExpenditureDistrictTotals
            .Select(t => new { t.TableKind, t.Level, District = t.DistrictName, t.Sum, t.Count, t.Min, t.Max })
            .ToListAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(fromLevels.OrderBy(r => (r.TableKind, r.Level, r.District)), stored.OrderBy(r => (r.TableKind, r.Level, r.District)));

        var perBudget = await ExpenditureAggregator.AggregateAsync(db, db.Budgets, AggregateDimension.District, SubjectLevel.Category);
        var whole = await ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.District, SubjectLevel.Category);
        Assert.Equal(perBudget, whole);
    }
}
