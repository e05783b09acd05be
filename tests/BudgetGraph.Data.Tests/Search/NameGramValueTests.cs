using BudgetGraph.Data.Entities;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Search;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Search;

/// <summary>
/// The number a gram carries (<see cref="NameGram.Value"/>): an indicator's numeric target on each of its name's grams,
/// a card's fiscal year on each of its name's, null on every other kind — after a row-by-row import, a bulk load and the
/// SQL backfill alike.
/// </summary>
public sealed class NameGramValueTests
{
    private static async Task<List<string>> StoredAsync(BudgetDbContext db) =>
        (await db.NameGrams.AsNoTracking().ToListAsync())
        .Select(g => $"{g.Kind} {g.Gram} {g.EntityId} {g.Value}").Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> ImportSeedsAsync(SqliteFileDatabase database, int deferIndexesFrom)
    {
        await using var db = database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var importer = new DisclosureImporter(db, DisclosureReaders.Default) { DeferIndexesFrom = deferIndexesFrom };
        var results = await importer.ImportFilesAsync(DisclosureFiles.InFolder(RepositoryPaths.Seeds).ToList());
        Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        // Every indicator gram carries its indicator's target, every project name's gram its card's year; no other gram
        // carries anything.
        var targets = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.NumericTarget);
        var years = await db.Projects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.FiscalYear);
        foreach (var gram in await db.NameGrams.AsNoTracking().ToListAsync())
            Assert.Equal(gram.Kind switch
            {
                NameGramKind.IndicatorName => targets[gram.EntityId],
                NameGramKind.ProjectName => years[gram.EntityId],
                _ => null,
            }, gram.Value);
        return await StoredAsync(db);
    }

    [Fact]
    public async Task Row_by_row_bulk_and_backfill_carry_the_same_targets_and_years()
    {
        using var rowByRow = new SqliteFileDatabase();
        using var bulk = new SqliteFileDatabase();
        var expected = await ImportSeedsAsync(rowByRow, deferIndexesFrom: int.MaxValue);
        Assert.Equal(expected, await ImportSeedsAsync(bulk, deferIndexesFrom: 1));

        rowByRow.Execute("DELETE FROM NameGrams;");
        rowByRow.Execute(NameGramSql.BackfillSqlite);
        rowByRow.Execute(NameGramSql.BackfillValuesSqlite);
        rowByRow.Execute(NameGramSql.BackfillProjectYearsSqlite);
        await using var db = rowByRow.CreateContext();
        Assert.Equal(expected, await StoredAsync(db));

        // chaoyang-2023.txt l.460: 辖区群众满意度, target ≥ 85 (%).
        var chaoyang = await db.Indicators.Where(i => i.Name == "辖区群众满意度" && i.Budget.Unit.Slug == "chaoyang").Select(i => i.Id).SingleAsync();
        Assert.Contains($"{NameGramKind.IndicatorName} 满意 {chaoyang} {FixedPoint.ToStored(85m)}", expected);
        // nanping-2024.txt l.463: the card 南坪街道村居工作经费 of the 2024 budget, its department 307-重庆市南岸区人民政府南坪街道办事处
        // (whose grams carry nothing).
        var card = await db.Projects.Where(p => p.Name == "南坪街道村居工作经费").Select(p => p.Id).SingleAsync();
        Assert.Contains($"{NameGramKind.ProjectName} 经费 {card} 2024", expected);
        Assert.Contains($"{NameGramKind.ProjectDepartment} 南坪 {card} ", expected);
    }
}
