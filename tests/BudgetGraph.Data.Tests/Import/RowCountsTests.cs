using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The row counts kept at import (<see cref="RowCounts"/>: what an unfiltered <c>totalCount</c> of projects and
/// indicators reads, and the overall goals' that a card category's null count leaves out) equal the tables' rows after a
/// row-by-row import, a replacement and a bulk load. The seeds hold 37 project cards (<c>../shared/truth/truth.json</c>:
/// 3 nanping, 2 chaoyang, 17 jiangbeicheng, 5 shandong, 10 ciqikou) and 252 indicators (209 on the cards, 43 of the
/// overall goals).
/// </summary>
public sealed class RowCountsTests
{
    [Fact]
    public async Task A_row_by_row_import_and_a_replacement_keep_the_counts_of_the_rows()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertCountsAsync(db, projects: 37, indicators: 252, withoutProject: 43);

        // A replacement (SeedImports): its cards' and indicators' rows leave the counts before the new ones come in —
        // the same numbers, not 39 and 278.
        await SeedImports.ReplaceChaoyang2023Async(importer);
        await AssertCountsAsync(db, projects: 37, indicators: 252, withoutProject: 43);
    }

    [Fact]
    public async Task A_bulk_load_counts_the_rows_at_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCountsAsync(db, projects: 37, indicators: 252, withoutProject: 43);
    }

    [Fact]
    public async Task The_migration_counts_the_rows_a_database_already_holds()
    {
        // Rows written before the counts existed: taken out and counted again as the migration's backfill does.
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"RowCounts\"");
        Assert.Null(await RowCounts.ReadAsync(db, RowCounts.Indicators));
        await db.Database.ExecuteSqlRawAsync(RowCounts.AllTables);
        await AssertCountsAsync(db, projects: 37, indicators: 252, withoutProject: 43);
    }

    private static async Task AssertCountsAsync(BudgetDbContext db, int projects, int indicators, int withoutProject)
    {
        Assert.Equal(projects, await db.Projects.CountAsync());
        Assert.Equal(indicators, await db.Indicators.CountAsync());
        Assert.Equal(withoutProject, await db.Indicators.CountAsync(i => i.ProjectId == null));
        Assert.Equal(projects, await RowCounts.ReadAsync(db, RowCounts.Projects));
        Assert.Equal(indicators, await RowCounts.ReadAsync(db, RowCounts.Indicators));
        Assert.Equal(withoutProject, await RowCounts.ReadAsync(db, RowCounts.IndicatorsWithoutProject));
    }
}
