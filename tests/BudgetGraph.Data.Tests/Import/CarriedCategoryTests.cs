using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The card's category that indicators carry (<see cref="Entities.Indicator.ProjectCategory"/>; the API reads a card filter
/// of its category alone from it) is their card's after an import and a bulk load, null for an overall goal's — with the
/// value counts the <c>totalCount</c> of that filter sums.
/// </summary>
public sealed class CarriedCategoryTests
{
    [Fact]
    public async Task Every_indicator_carries_its_cards_category_when_imported_one_by_one()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await AssertCarriedAsync(db);
    }

    [Fact]
    public async Task A_bulk_load_writes_the_same_categories()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCarriedAsync(db);
    }

    private static async Task AssertCarriedAsync(BudgetDbContext db)
    {
        Assert.False(await db.Indicators.AnyAsync(i => i.ProjectCategory != (i.Project == null ? null : i.Project.Category)
                                                        || (i.ProjectCategory == null) != (i.Project == null || i.Project.Category == null)));
        // chaoyang-2023.txt's two cards are the seeds' only categorised ones (一般性项目: 清扫保洁服务外包 l.467, 文化事务 l.488),
        // with 13 indicators; 196 indicators are on cards printed without a category, 43 are overall goals'.
        Assert.Equal(13, await db.Indicators.CountAsync(i => i.ProjectCategory == "一般性项目"));
        Assert.Equal(239, await db.Indicators.CountAsync(i => i.ProjectCategory == null));
        Assert.Equal(13, await ValueCountsTests.KeptAsync(db, "Indicators.ProjectCategory", "一般性项目"));
        Assert.Equal(239, await ValueCountsTests.KeptAsync(db, "Indicators.ProjectCategory", null));
    }
}
