using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The year totals and the gram counts kept at import (issue 8, session 7): per table, level and year the figures of
/// the budgets' level totals — what <c>expenditureAggregate(by: YEAR)</c> over every budget reads — and per kind and
/// gram the number of gram rows — what a one-gram <c>contains</c>'s <c>totalCount</c> reads — after imports and after
/// replacements (a bulk load's: <see cref="BulkLoadTests"/>, through <see cref="DatabaseDigest"/>).
/// </summary>
public sealed class ExpenditureYearTotalsAndGramCountsTests
{
    // chaoyang-2023.txt l.460: the unit's overall satisfaction indicator (one of the seeds' 30 indicator names with 满意).
    private const string ChaoyangSatisfaction = "\t辖区群众满意度\t";

    [Fact]
    public async Task The_seeds_year_totals_and_gram_counts_are_those_of_their_lines_and_names()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);

        // 2023 is chaoyang alone: 表二 合计 3,394.41 万元 over 12 类 lines, the smallest 3.00, the largest 1,465.27 (l.132).
        var year2023 = await YearAsync(db, 2023);
        Assert.Equal((FixedPoint.ToStored(3394.41m), 12, FixedPoint.ToStored(3.00m), FixedPoint.ToStored(1465.27m)),
            (year2023.Sum, year2023.Count, year2023.Min, year2023.Max));
        // 满意 in 30 indicator names of the five seeds (chaoyang l.460, l.485, l.509, …), 经费 in 17 project names.
        Assert.Equal(30, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.IndicatorName, "满意"));
        Assert.Equal(17, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.ProjectName, "经费"));
        Assert.Equal(0, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.IndicatorName, "认可"));
        await AssertKeptEqualTheirSourcesAsync(db);
    }

    [Fact]
    public async Task Replacing_a_budget_recomputes_its_year_and_moves_its_grams_counts()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        var before = await YearAsync(db, 2023);
        // chaoyang-2023.txt l.460 辖区群众满意度 ≥ 85 and jiangbeicheng's 85: two of 满意's names carry 85.
        var satisfiedAt85 = await SatisfactionAtAsync(db, 85m);
        Assert.Equal(2, satisfiedAt85);

        // SYNTHETIC edit of chaoyang 2023: its 208 line raised by 8,000 万元 and its satisfaction indicator renamed.
        var text = SeedImports.Chaoyang2023();
        Assert.Contains(ChaoyangSatisfaction, text);
        var edited = SeedImports.RaiseChaoyang208(text).Replace(ChaoyangSatisfaction, "\t辖区群众认可度\t");
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(edited))).Status);
        var raised = await YearAsync(db, 2023);
        Assert.Equal((before.Sum + FixedPoint.ToStored(8000m), before.Count, before.Min, FixedPoint.ToStored(9465.27m)),
            (raised.Sum, raised.Count, raised.Min, raised.Max));
        Assert.Equal(29, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.IndicatorName, "满意"));
        Assert.Equal(1, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.IndicatorName, "认可"));
        // The renamed indicator's target (≥ 85) left 满意's count of 85 and went to 认可's.
        Assert.Equal(satisfiedAt85 - 1, await SatisfactionAtAsync(db, 85m));
        Assert.Equal([(FixedPoint.ToStored(85m), 1)], (await db.NameGramValueCounts.Where(c => c.Gram == "认可").ToListAsync()).Select(c => (c.Value, c.Count)));
        await AssertKeptEqualTheirSourcesAsync(db);

        // The printed text again: the maximum is read again, 认可 has no name left (no row), 满意 is back at 30.
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(text))).Status);
        var again = await YearAsync(db, 2023);
        Assert.Equal((before.Sum, before.Count, before.Min, before.Max), (again.Sum, again.Count, again.Min, again.Max));
        Assert.Equal(30, await NameSearch.CountExactlyAsync(db.NameGramCounts, NameGramKind.IndicatorName, "满意"));
        Assert.False(await db.NameGramCounts.AnyAsync(c => c.Gram == "认可"));
        Assert.False(await db.NameGramValueCounts.AnyAsync(c => c.Gram == "认可"));
        Assert.Equal(satisfiedAt85, await SatisfactionAtAsync(db, 85m));
        await AssertKeptEqualTheirSourcesAsync(db);
    }

    private static Task<ExpenditureYearTotal> YearAsync(BudgetDbContext db, int year) =>
        db.ExpenditureYearTotals.AsNoTracking().SingleAsync(t =>
            t.TableKind == FunctionalTableKind.GeneralPublicBudgetExpenditure && t.Level == SubjectLevel.Category && t.FiscalYear == year);

    /// <summary>
    /// The year totals equal the level totals grouped by table, level and year, and the aggregate by year over every
    /// budget equals the one over a filter that keeps every budget (which groups the level totals); the gram counts
    /// equal the gram rows grouped by kind and gram.
    /// </summary>
    private static async Task AssertKeptEqualTheirSourcesAsync(BudgetDbContext db)
    {
        var fromLevels = await db.ExpenditureLevelTotals
            .GroupBy(t => new { t.TableKind, t.Level, t.FiscalYear })
            .Select(g => new { g.Key.TableKind, g.Key.Level, g.Key.FiscalYear, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count), Min = g.Min(t => t.Min), Max = g.Max(t => t.Max) })
            .ToListAsync();
        var years = await db.ExpenditureYearTotals
            .Select(t => new { t.TableKind, t.Level, t.FiscalYear, t.Sum, t.Count, t.Min, t.Max })
            .ToListAsync();
        Assert.NotEmpty(years);
        Assert.Equal(fromLevels.OrderBy(r => (r.TableKind, r.Level, r.FiscalYear)), years.OrderBy(r => (r.TableKind, r.Level, r.FiscalYear)));
        foreach (var level in new[] { SubjectLevel.Category, SubjectLevel.Section, SubjectLevel.Item })
        foreach (var table in Enum.GetValues<FunctionalTableKind>())
        {
            var perBudget = await ExpenditureAggregator.AggregateAsync(db, db.Budgets, AggregateDimension.Year, level, table);
            var whole = await ExpenditureAggregator.AggregateAsync(db, null, AggregateDimension.Year, level, table);
            Assert.Equal(perBudget, whole);
        }

        var fromGrams = (await db.NameGrams.GroupBy(g => new { g.Kind, g.Gram }).Select(g => new { g.Key.Kind, g.Key.Gram, Count = g.Count() }).ToListAsync())
            .Select(g => $"{g.Kind} {g.Gram} {g.Count}").Order(StringComparer.Ordinal).ToList();
        var counts = (await db.NameGramCounts.ToListAsync()).Select(c => $"{c.Kind} {c.Gram} {c.Count}").Order(StringComparer.Ordinal).ToList();
        Assert.True(counts.Count > 100, $"{counts.Count} gram counts");
        Assert.Equal(fromGrams, counts);

        var fromValues = (await db.NameGrams.Where(g => g.Value != null).GroupBy(g => new { g.Kind, g.Gram, g.Value })
                .Select(g => new { g.Key.Kind, g.Key.Gram, g.Key.Value, Count = g.Count() }).ToListAsync())
            .Select(g => $"{g.Kind} {g.Gram} {g.Value} {g.Count}").Order(StringComparer.Ordinal).ToList();
        var valueCounts = (await db.NameGramValueCounts.ToListAsync()).Select(c => $"{c.Kind} {c.Gram} {c.Value} {c.Count}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(valueCounts.Count > 100, $"{valueCounts.Count} gram value counts");
        Assert.Equal(fromValues, valueCounts);
    }

    /// <summary>How many indicator names with 满意 carry the target <paramref name="target"/> (its kept count; 0 without a row).</summary>
    private static Task<int> SatisfactionAtAsync(BudgetDbContext db, decimal target)
    {
        var stored = FixedPoint.ToStored(target);
        return db.NameGramValueCounts.Where(c => c.Kind == NameGramKind.IndicatorName && c.Gram == "满意" && c.Value == stored)
            .Select(c => c.Count).SingleOrDefaultAsync();
    }
}
