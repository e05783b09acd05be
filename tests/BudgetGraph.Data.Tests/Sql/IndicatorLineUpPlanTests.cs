using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Comparisons;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Snapshooter;
using Snapshooter.Xunit;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// indicatorComparison at scale (issue 8, item 3): a frequent term's page is read in the order the indexes give
/// (units by slug, budgets by year, indicators by card and position — no sort, <see cref="IndicatorComparer.InIndexOrder"/>),
/// a one-gram term is counted on the gram index alone, and both plans give the rows of the sorted plan, in its order.
/// SQLite EXPLAIN QUERY PLAN and T-SQL as strict snapshots; values typed from the seeds.
/// </summary>
public sealed class IndicatorLineUpPlanTests(SeedsOnlyDatabase fixture) : IClassFixture<SeedsOnlyDatabase>
{
    public static TheoryData<string> Terms => ["满意", "满意度", "群众满意度", "率", "率%", "不存在的指标", "满足"];

    [Theory]
    [MemberData(nameof(Terms))]
    public async Task Every_plan_lines_up_the_same_rows_in_the_same_order(string term)
    {
        await using var db = fixture.CreateContext();
        foreach (var (slugs, years) in new (string[]?, int[]?)[] { (null, null), (["nanping", "chaoyang"], null), (null, [2024]) })
        {
            var sorted = await IndicatorComparer.Sorted(db, term, slugs, years, null).ToListAsync();
            Assert.Equal(sorted, await IndicatorComparer.InIndexOrder(db, term, slugs, years).ToListAsync());
            Assert.Equal(sorted, await IndicatorComparer.Query(db, term, slugs, years).ToListAsync());
            if (NameSearch.Candidates(db.NameGrams, NameGramKind.IndicatorName, term) is { } candidates)
                Assert.Equal(sorted, await IndicatorComparer.Sorted(db, term, slugs, years, candidates).ToListAsync());
            Assert.Equal(sorted.Count, await IndicatorComparer.CountAsync(db, term, slugs, years));
            // Paged: the same rows page by page.
            Assert.Equal(sorted.Skip(3).Take(4), await IndicatorComparer.InIndexOrder(db, term, slugs, years).Skip(3).Take(4).ToListAsync());
        }
    }

    [Fact]
    public async Task A_count_already_read_chooses_the_plan_with_the_same_rows()
    {
        await using var db = fixture.CreateContext();
        var sorted = await IndicatorComparer.Sorted(db, "满意", null, null, null).ToListAsync();
        var counted = await IndicatorComparer.CountAsync(db, "满意", null, null);
        Assert.Equal(30, counted);
        Assert.Equal(sorted, await IndicatorComparer.Query(db, "满意", null, null, counted).ToListAsync());
        // As if 满意 had more ids than NameSearch.MaxCandidates: the index-order plan, the same rows.
        Assert.Equal(sorted, await IndicatorComparer.Query(db, "满意", null, null, NameSearch.MaxCandidates + 1).ToListAsync());
        // A restricted scope's count is of the rows, not of the gram: the plan is chosen by the grams again.
        Assert.Equal(await IndicatorComparer.Sorted(db, "满意", ["nanping"], null, null).ToListAsync(),
            await IndicatorComparer.Query(db, "满意", ["nanping"], null, 4).ToListAsync());
    }

    [Fact]
    public async Task Satisfaction_lines_up_thirty_indicators_chaoyang_first()
    {
        await using var db = fixture.CreateContext();
        var rows = await IndicatorComparer.InIndexOrder(db, "满意", null, null).ToListAsync();
        Assert.Equal(30, rows.Count);
        Assert.Equal(30, await IndicatorComparer.CountAsync(db, "满意", null, null));
        // chaoyang-2023.txt l.460: the overall goal's 辖区群众满意度 ≥ 85 %, then the cards' 群众满意度 ≥ 75 (l.485, l.509).
        Assert.Equal(("chaoyang", 2023, (string?)null, "辖区群众满意度", "≥", FixedPoint.ToStored(85m), "%"),
            (rows[0].UnitSlug, rows[0].Year, rows[0].ProjectName, rows[0].Name, rows[0].Operator, rows[0].NumericTarget, rows[0].UnitOfMeasure));
        Assert.Equal(("chaoyang", "群众满意度", FixedPoint.ToStored(75m)), (rows[1].UnitSlug, rows[1].Name, rows[1].NumericTarget));
        Assert.Equal(["chaoyang", "ciqikou", "jiangbeicheng", "nanping", "shandong"], rows.Select(r => r.UnitSlug).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_frequent_terms_page_reads_units_budgets_and_indicators_in_index_order_without_a_sort()
    {
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database,
            db => IndicatorComparer.InIndexOrder(db, "满意", null, null).Skip(0).Take(21).ToListAsync());
        Snapshot.Match(plan, new SnapshotNameExtension("Page"));
        Assert.Contains("SCAN u USING INDEX IX_Units_Slug", plan);
        Assert.Contains("SEARCH b USING COVERING INDEX IX_Budgets_UnitId_FiscalYear (UnitId=?)", plan);
        Assert.Contains("SEARCH i USING INDEX IX_Indicators_BudgetId_ProjectId_Ordinal (BudgetId=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task A_one_gram_term_is_counted_by_the_grams_count_kept_at_import()
    {
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database, db => IndicatorComparer.CountAsync(db, "满意", null, null));
        Snapshot.Match(plan, new SnapshotNameExtension("Count"));
        Assert.Contains("SEARCH n USING INDEX sqlite_autoindex_NameGramCounts_1 (Kind=? AND Gram=?)", plan);
        Assert.DoesNotContain("NameGrams ", plan);
        Assert.DoesNotContain("Indicators", plan);
    }

    [Fact]
    public async Task A_name_and_a_target_are_counted_on_one_range_of_the_gram_values()
    {
        // indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }) { totalCount }: chaoyang's 85, 75, 75
        // (l.460, l.485, l.509) and jiangbeicheng's two (80, 85).
        var below90 = FixedPoint.ToStored(90m);
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database, async db =>
            Assert.Equal(5, await NameSearch.Exactly(db.NameGrams, NameGramKind.IndicatorName, "满意").CountAsync(g => g.Value < below90)));
        Snapshot.Match(plan, new SnapshotNameExtension("NameAndTarget"));
        Assert.Contains("SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=? AND Value<?)", plan);
        await using var db = fixture.CreateContext();
        Assert.Equal(5, await db.Indicators.CountAsync(i => i.Name.Contains("满意") && i.NumericTarget < below90));
    }

    [Fact]
    public async Task A_name_and_a_target_are_counted_on_the_counts_kept_of_the_grams_targets()
    {
        // The same question as above, as the API now asks it: the sum of 满意's kept counts of the targets under 90 (its
        // names carry 7 distinct targets on the seeds, and as many in any number of renamed copies).
        var below90 = FixedPoint.ToStored(90m);
        var plan = await PlanRecorder.PlanOfAsync(fixture.Database, async db =>
            Assert.Equal(5, await NameSearch.ValueCountsExactly(db.NameGramValueCounts, NameGramKind.IndicatorName, "满意")
                .Where(c => c.Value < below90).SumAsync(c => c.Count)));
        Snapshot.Match(plan, new SnapshotNameExtension("NameAndTargetCounts"));
        Assert.Contains("SEARCH n USING INDEX sqlite_autoindex_NameGramValueCounts_1 (Kind=? AND Gram=? AND Value<?)", plan);
        Assert.DoesNotContain("NameGrams ", plan);
        await using var db = fixture.CreateContext();
        Assert.Equal(7, await NameSearch.ValueCountsExactly(db.NameGramValueCounts, NameGramKind.IndicatorName, "满意").CountAsync());
    }

    [Fact]
    public async Task The_line_up_and_the_gram_count_translate_to_TSQL()
    {
        using var db = new BudgetDbContext(DatabaseSetup.SqlServerModelOnlyOptions());
        var sql = string.Join("\n\n-- next\n",
            IndicatorComparer.InIndexOrder(db, "满意", ["nanping"], [2024]).Skip(20).Take(21).ToQueryString(),
            NameSearch.Exactly(db.NameGrams, NameGramKind.IndicatorName, "满意").Where(g => g.Value < 90_000_000).Select(g => g.EntityId).ToQueryString(),
            db.NameGramCounts.Where(c => c.Kind == NameGramKind.IndicatorName && c.Gram == "满意").Select(c => c.Count).Take(1).ToQueryString(),
            await SentBySumAsync());
        Assert.Contains("INNER JOIN \"Budgets\" AS b ON b.\"UnitId\" = u.\"Id\"", sql);
        Assert.Contains("[n].[Value] < ", sql);
        Assert.Contains("FROM [NameGramCounts] AS [n]", sql);
        Assert.Contains("FROM [NameGramValueCounts] AS [n]", sql);
        Snapshot.Match(sql);
    }

    // The statement SumAsync sends to SQL Server for the kept counts of 满意's targets under 90 (a terminal operator has no
    // ToQueryString): sent to a connection that records it and answers nothing.
    private static async Task<string> SentBySumAsync()
    {
        var connection = new RecordingDbConnection();
        await using var db = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlServer(connection).Options);
        try
        {
            await NameSearch.ValueCountsExactly(db.NameGramValueCounts, NameGramKind.IndicatorName, "满意")
                .Where(c => c.Value < 90_000_000).SumAsync(c => c.Count);
        }
        catch (InvalidOperationException)
        {
            // no row back from the recording connection
        }
        return Assert.Single(connection.Commands);
    }

    [Fact]
    public void Only_two_ideographs_are_exactly_one_gram()
    {
        Assert.True(NameSearch.IsOneGram("满意"));
        Assert.False(NameSearch.IsOneGram("满意度"));
        Assert.False(NameSearch.IsOneGram("满"));
        Assert.False(NameSearch.IsOneGram("满%"));
        Assert.False(NameSearch.IsOneGram("\U00020000"));
        Assert.False(NameSearch.IsOneGram(null));
        Assert.Throws<ArgumentException>(() => NameSearch.Exactly(Array.Empty<NameGram>().AsQueryable(), NameGramKind.IndicatorName, "满意度"));
    }
}
