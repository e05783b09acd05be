using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The audit of the counts kept at import (<see cref="KeptCountsAudit"/>): none differs after the seeds' import; a count
/// changed by hand is found with both figures and left as it was; <c>repair</c> writes it again from the rows.
/// </summary>
public sealed class KeptCountsAuditTests
{
    [Fact]
    public async Task After_an_import_every_kept_count_is_its_rows()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);

        Assert.Empty(await KeptCountsAudit.RunAsync(db));
        Assert.Equal(["row counts", "value counts", "amount band counts", "budgets' indicator counts"], KeptCountsAudit.Counts);
    }

    [Fact]
    public async Task A_count_that_drifted_from_its_rows_is_found_and_left_until_repaired()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        // 北碚区's one indicator of ≤ (chaoyang-2023.txt l.455) kept as 3; nanping-2024.txt's 33 indicators kept as 0; the
        // indicators' row count (the seeds' 252) one too many.
        var nanping = await db.Budgets.Where(b => b.Unit.Slug == "nanping").Select(b => b.Id).SingleAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"ValueCounts\" SET \"Count\" = 3 WHERE \"Column\" = 'Indicators.Operator@District' " +
                                             "AND \"DistrictName\" = '北碚区' AND \"Value\" = '≤';");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Budgets\" SET \"IndicatorRows\" = 0 WHERE \"Id\" = {0};", nanping);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"RowCounts\" SET \"Count\" = \"Count\" + 1 WHERE \"Name\" = 'Indicators';");

        var found = await KeptCountsAudit.RunAsync(db);

        Assert.Equal(
        [
            new KeptCountsAudit.Difference("row counts", "Indicators", 253, 252),
            new KeptCountsAudit.Difference("value counts", "Indicators.Operator@District · 北碚区 · ≤ · (null) · (null)", 3, 1),
            new KeptCountsAudit.Difference("budgets' indicator counts", $"{nanping} · IndicatorRows", 0, 33),
        ], found);
        Assert.Equal("value counts: Indicators.Operator@District · 北碚区 · ≤ · (null) · (null): kept 3, counted 1", found[1].ToString());
        // Left as it was: the audit writes nothing.
        Assert.Equal(0, await db.Budgets.Where(b => b.Id == nanping).Select(b => b.IndicatorRows).SingleAsync());
        Assert.Equal(3, found.Count);

        Assert.Equal(found, await KeptCountsAudit.RunAsync(db, repair: true));
        Assert.Empty(await KeptCountsAudit.RunAsync(db));
        Assert.Equal(33, await db.Budgets.Where(b => b.Id == nanping).Select(b => b.IndicatorRows).SingleAsync());
        Assert.Equal(1, await db.ValueCounts.Where(v => v.Column == "Indicators.Operator@District" && v.DistrictName == "北碚区" && v.Value == "≤")
            .Select(v => v.Count).SingleAsync());
    }
}
