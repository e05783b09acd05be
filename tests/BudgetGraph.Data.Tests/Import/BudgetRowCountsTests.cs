using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// Each budget's counts of its indicators and of its core ones kept at import (<see cref="BudgetRowCounts"/>: what the
/// count of a nested unit filter of indicators, or of a district's core ones, sums) equal its rows after a row-by-row import, a replacement, a bulk load and the migration's
/// backfill. The seeds hold one budget per unit and 252 indicators (<c>../shared/truth/truth.json</c>: 209 on the
/// cards, 43 of the overall goals).
/// </summary>
public sealed class BudgetRowCountsTests
{
    [Fact]
    public async Task A_row_by_row_import_and_a_replacement_count_each_budgets_indicators()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertKeptEqualTheRowsAsync(db);
        await SeedImports.ReplaceChaoyang2023Async(importer);
        await AssertKeptEqualTheRowsAsync(db);
    }

    [Fact]
    public async Task A_bulk_load_counts_each_budgets_indicators_at_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertKeptEqualTheRowsAsync(db);
    }

    [Fact]
    public async Task The_backfill_counts_the_indicators_a_database_already_holds()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Budgets\" SET \"IndicatorRows\" = 0, \"CoreIndicatorRows\" = 0");
        Assert.Equal(0, await db.Budgets.SumAsync(b => b.IndicatorRows + b.CoreIndicatorRows));
        await db.Database.ExecuteSqlRawAsync(BudgetRowCounts.AllBudgets);
        await AssertKeptEqualTheRowsAsync(db);
    }

    private static async Task AssertKeptEqualTheRowsAsync(BudgetDbContext db)
    {
        var kept = await db.Budgets.AsNoTracking().Select(b => new { b.Id, b.IndicatorRows, b.CoreIndicatorRows }).ToListAsync();
        Assert.Equal(5, kept.Count);
        foreach (var budget in kept)
        {
            Assert.Equal(await db.Indicators.CountAsync(i => i.BudgetId == budget.Id), budget.IndicatorRows);
            Assert.Equal(await db.Indicators.CountAsync(i => i.BudgetId == budget.Id && i.IsCore == true), budget.CoreIndicatorRows);
        }
        Assert.Equal(252, kept.Sum(b => b.IndicatorRows));  // 209 on the cards, 43 of the overall goals
        // 是否核心指标 是: nanping-2024.txt's 3 (l.436, 451, 472) among the seeds' 33.
        Assert.Equal(33, kept.Sum(b => b.CoreIndicatorRows));
    }
}
