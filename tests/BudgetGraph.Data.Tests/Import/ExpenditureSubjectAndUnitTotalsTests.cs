using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The subject and unit totals maintained at import (issue 8): per table, level and code the figures of the stored
/// lines, per table, level and unit those of its budgets' level totals — what <c>expenditureAggregate(by: SUBJECT)</c>
/// and <c>(by: UNIT)</c> over every budget read — after imports and after replacements that raise and lower a maximum.
/// (A bulk load's: <see cref="BulkLoadTests"/>, through <see cref="DatabaseDigest"/>.)
/// </summary>
public sealed class ExpenditureSubjectAndUnitTotalsTests
{
    [Fact]
    public async Task Importing_a_seed_writes_its_subjects_and_units_totals()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await new DisclosureImporter(db, DisclosureReaders.Default).ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));

        // chaoyang-2023.txt l.132: 表二's 类 208 社会保障和就业支出 1,465.27 万元.
        var social = await db.ExpenditureSubjectTotals.SingleAsync(t =>
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category && t.Code == "208");
        Assert.Equal(("社会保障和就业支出", FixedPoint.ToStored(1465.27m), 1, FixedPoint.ToStored(1465.27m), FixedPoint.ToStored(1465.27m)),
            (social.Label, social.Sum, social.Count, social.Min, social.Max));
        // 表二 of chaoyang 2023: 合计 3,394.41 万元 over 12 类 lines, the smallest 3.00, the largest 1,465.27.
        var unit = await db.ExpenditureUnitTotals.SingleAsync(t =>
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category);
        Assert.Equal(("chaoyang", FixedPoint.ToStored(3394.41m), 12, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m)),
            (unit.Slug, unit.Sum, unit.Count, unit.Min, unit.Max));
        await AssertTotalsEqualTheLinesAsync(db);
    }

    [Fact]
    public async Task Replacing_a_budget_raises_and_lowers_its_subjects_and_units_totals()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertTotalsEqualTheLinesAsync(db);
        var key = (FunctionalTableKind.GeneralPublicBudgetExpenditure, SubjectLevel.Category, "208");
        var before = await SubjectAsync(db, key);

        // Chaoyang's 208 line raised to 9,465.27 (more than any seed's): the greatest total, and the sum grows by 8,000.
        var text = SeedImports.Chaoyang2023();
        var raised = SeedImports.RaiseChaoyang208(text);
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(raised))).Status);
        var high = await SubjectAsync(db, key);
        Assert.Equal((before.Sum + FixedPoint.ToStored(8000m), before.Count, FixedPoint.ToStored(9465.27m)), (high.Sum, high.Count, high.Max));
        await AssertTotalsEqualTheLinesAsync(db);

        // The printed text again: the maximum cannot be subtracted, it is read again from the other budgets' lines.
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(text))).Status);
        var again = await SubjectAsync(db, key);
        Assert.Equal((before.Label, before.Sum, before.Count, before.Min, before.Max), (again.Label, again.Sum, again.Count, again.Min, again.Max));
        await AssertTotalsEqualTheLinesAsync(db);
    }

    [Fact]
    public async Task A_code_the_replacing_budget_no_longer_prints_leaves_the_subject_totals()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        // The 208 line of 表二 printed under another category code (SYNTHETIC: 299 is no code of the seeds).
        var moved = SeedImports.Chaoyang2023().Replace(SeedImports.Chaoyang208, "299\t社会保障和就业支出\t1,465.27\t386.37\t1,078.90");

        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(moved))).Status);

        var categories = await db.ExpenditureSubjectTotals.Where(t =>
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category).Select(t => t.Code).ToListAsync();
        Assert.DoesNotContain("208", categories);
        Assert.Contains("299", categories);
        await AssertTotalsEqualTheLinesAsync(db);
    }

    private static Task<ExpenditureSubjectTotal> SubjectAsync(BudgetDbContext db, (FunctionalTableKind Table, SubjectLevel Level, string Code) key) =>
        db.ExpenditureSubjectTotals.AsNoTracking().SingleAsync(t => t.TableKind == key.Table && t.Level == key.Level && t.Code == key.Code);

    /// <summary>
    /// The stored subject totals equal the lines grouped by table, level and code (as the aggregate grouped them before
    /// it read the maintained rows), the unit totals the level totals grouped by unit; and the aggregates over every
    /// budget give the same groups as over a filter that keeps every budget (which groups the lines or level totals).
    /// </summary>
    private static async Task AssertTotalsEqualTheLinesAsync(BudgetDbContext db)
    {
        var fromLines = await db.ExpenditureLines
            .GroupBy(l => new { l.TableKind, l.Level, l.Code })
            .Select(g => new { g.Key.TableKind, g.Key.Level, g.Key.Code, Label = g.Max(l => l.Name)!, Sum = g.Sum(l => l.Total ?? 0), Count = g.Count(), Min = g.Min(l => l.Total), Max = g.Max(l => l.Total) })
            .ToListAsync();
        var subjects = await db.ExpenditureSubjectTotals
            .Select(t => new { t.TableKind, t.Level, t.Code, t.Label, t.Sum, t.Count, t.Min, t.Max })
            .ToListAsync();
        Assert.NotEmpty(subjects);
        Assert.Equal(fromLines.OrderBy(r => (r.TableKind, r.Level, r.Code)), subjects.OrderBy(r => (r.TableKind, r.Level, r.Code)));

        var fromLevels = await (from t in db.ExpenditureLevelTotals
                                join u in db.Units on t.UnitId equals u.Id
                                group t by new { t.TableKind, t.Level, t.UnitId, u.Slug } into g
                                select new { g.Key.TableKind, g.Key.Level, g.Key.UnitId, g.Key.Slug, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count), Min = g.Min(t => t.Min), Max = g.Max(t => t.Max) })
            .ToListAsync();
        var units = await db.ExpenditureUnitTotals
            .Select(t => new { t.TableKind, t.Level, t.UnitId, t.Slug, t.Sum, t.Count, t.Min, t.Max })
            .ToListAsync();
        Assert.NotEmpty(units);
        Assert.Equal(fromLevels.OrderBy(r => (r.TableKind, r.Level, r.UnitId)), units.OrderBy(r => (r.TableKind, r.Level, r.UnitId)));

        foreach (var by in new[] { AggregateDimension.Subject, AggregateDimension.Unit })
        foreach (var level in new[] { SubjectLevel.Category, SubjectLevel.Section, SubjectLevel.Item })
        {
            var perBudget = await ExpenditureAggregator.AggregateAsync(db, db.Budgets, by, level);
            var whole = await ExpenditureAggregator.AggregateAsync(db, null, by, level);
            Assert.Equal(perBudget, whole);
        }
    }
}
