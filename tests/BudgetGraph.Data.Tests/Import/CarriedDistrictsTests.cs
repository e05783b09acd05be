using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The district that budgets, cards and indicators carry (<see cref="CarriedDistricts"/>; the API reads a unit filter of the
/// district alone from it) is their unit's after an import, a bulk load and a unit's move — with the value counts the
/// <c>totalCount</c> of that filter sums.
/// </summary>
public sealed class CarriedDistrictsTests
{
    [Fact]
    public async Task Every_card_and_indicator_carries_its_units_district()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await AssertCarriedAsync(db);
        // nanping (南岸区): its 2024 disclosure's 3 cards and 33 indicators; 沙坪坝区: ciqikou's 10 cards and 53
        // indicators with shandong's 5 and 34.
        Assert.Equal((3, 33), (await db.Projects.CountAsync(p => p.DistrictName == "南岸区"), await db.Indicators.CountAsync(i => i.DistrictName == "南岸区")));
        Assert.Equal((15, 87), (await db.Projects.CountAsync(p => p.DistrictName == "沙坪坝区"), await db.Indicators.CountAsync(i => i.DistrictName == "沙坪坝区")));
        Assert.Equal(33, await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", "南岸区"));
    }

    [Fact]
    public async Task A_bulk_load_writes_the_same_districts()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCarriedAsync(db);
        Assert.Equal(87, await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", "沙坪坝区"));
    }

    [Fact]
    public async Task A_unit_that_moves_takes_its_other_budgets_cards_and_indicators_and_their_counts_along()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        await importer.ImportFileAsync(RepositoryPaths.Seed("chaoyang-2023.txt"));
        // As if chaoyang had been stored without a district (ExpenditureDistrictTotalsTests does the same): its rows and
        // their counts under null.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"DistrictName\" = NULL WHERE \"Slug\" = 'chaoyang';");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Budgets\" SET \"DistrictName\" = NULL; UPDATE \"Projects\" SET \"DistrictName\" = NULL; " +
                                             "UPDATE \"Indicators\" SET \"DistrictName\" = NULL;");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ValueCounts\";");
        await db.Database.ExecuteSqlRawAsync(ValueCounts.AllColumns);
        await db.Database.ExecuteSqlRawAsync(FacetCounts.AllTables);
        Assert.Equal(26, await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", null));
        Assert.Equal(2, await db.ProjectFacetCounts.Where(f => f.DistrictName == null).SumAsync(f => f.Count));

        // Its 2024 disclosure names 北碚区: the unit moves, with its 2023 budget's 2 cards and 26 indicators.
        Assert.Equal(ImportStatus.Imported, (await importer.ImportAsync("SYNTHETIC-chaoyang-2024.txt", SeedImports.ChaoyangOneYearLater())).Status);

        await AssertCarriedAsync(db);
        Assert.Equal((2, 4, 52), (await db.Budgets.CountAsync(b => b.DistrictName == "北碚区"), await db.Projects.CountAsync(p => p.DistrictName == "北碚区"),
            await db.Indicators.CountAsync(i => i.DistrictName == "北碚区")));
        Assert.Equal((52, 0), (await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", "北碚区"), await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", null)));
        Assert.Equal((4, 0), (await ValueCountsTests.KeptAsync(db, "Projects.DistrictName", "北碚区"), await ValueCountsTests.KeptAsync(db, "Projects.DistrictName", null)));
        // Every other counted column is as the tables hold it (the unit's budgets left the counts and came back), and the
        // counts in each district too: chaoyang's operators now in 北碚区's, twice (2023's 15 ≥ and 2024's copy of them).
        Assert.Equal(52, await ValueCountsTests.KeptAsync(db, "Indicators.Level1", null, all: true));
        await ValueCountsTests.AssertCountsAsync(db);
        Assert.Equal(30L, await ValueCountsTests.KeptInDistrictAsync(db, "Indicators", "Operator", "北碚区", "≥"));
        // The cards' combinations hold the district: 2023's 2 cards moved to 北碚区's beside 2024's, none left under null.
        Assert.Equal((4L, 0L), (await db.ProjectFacetCounts.Where(f => f.DistrictName == "北碚区").SumAsync(f => f.Count),
            await db.ProjectFacetCounts.Where(f => f.DistrictName == null).SumAsync(f => f.Count)));
        Assert.DoesNotContain(await KeptFiguresAudit.RunAsync(db), d => d.Figures.StartsWith("project combination", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_bulk_load_the_move_leaves_the_counts_to_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        var chaoyang = await db.Units.Where(u => u.Slug == "chaoyang").Select(u => u.Id).SingleAsync();
        var kept = await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", "北碚区");

        await CarriedDistricts.MoveUnitAsync(db, chaoyang, "某区", countsKept: false);

        Assert.Equal((1, 2, 26), (await db.Budgets.CountAsync(b => b.DistrictName == "某区"), await db.Projects.CountAsync(p => p.DistrictName == "某区"),
            await db.Indicators.CountAsync(i => i.DistrictName == "某区")));
        Assert.Equal(0, await db.Indicators.CountAsync(i => i.DistrictName == "北碚区"));
        Assert.Equal(kept, await ValueCountsTests.KeptAsync(db, "Indicators.DistrictName", "北碚区"));
    }

    // Every budget's, card's and indicator's district is its unit's (null with null).
    private static async Task AssertCarriedAsync(BudgetDbContext db)
    {
        Assert.True(await db.Projects.CountAsync() > 0);
        Assert.Equal(0, await db.Budgets.CountAsync(b => b.DistrictName != b.Unit.DistrictName));
        Assert.Equal(0, await db.Projects.CountAsync(p => p.DistrictName != p.Budget.Unit.DistrictName));
        Assert.Equal(0, await db.Indicators.CountAsync(i => i.DistrictName != i.Budget.Unit.DistrictName));
    }
}
