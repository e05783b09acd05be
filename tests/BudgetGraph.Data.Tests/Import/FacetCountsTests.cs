using System.Globalization;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The counts of the indicators' and cards' combinations kept at import (<see cref="FacetCounts"/>: what the
/// <c>totalCount</c> of a filter of an indicator's year, levels, operator, core mark, weight, card category and unit of
/// measure, or of a
/// card's year, category and core mark, sums) equal the table's own count of each combination after a row-by-row
/// import, a replacement that changes one, a bulk load, and the migrations' backfills of a database that already holds
/// rows; their first and last keys bound the rows'.
/// </summary>
public sealed class FacetCountsTests
{
    /// <summary>chaoyang-2023.txt l.460: a core indicator of ≥ (辖区群众满意度, % ≥ 85, weight 15).</summary>
    private const string CoreSatisfaction = "\t满意度指标\t服务对象满意度指标\t辖区群众满意度\t%\t≥\t85\t15\t是";

    [Fact]
    public async Task A_row_by_row_import_and_a_replacement_keep_the_count_of_each_combination()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = await SeedImports.OneByOneAsync(db);
        await AssertCountsAsync(db, exactKeys: true);
        // The seeds' core indicators of ≥, each line of 是 with ≥ read in the texts: chaoyang 4 (l.460, 462, 481, 503),
        // jiangbeicheng 21, nanping 3 (l.436, 451, 472); ciqikou and shandong mark none core.
        Assert.Equal(28, await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≥").SumAsync(f => f.Count));
        Assert.Equal(252, await db.IndicatorFacetCounts.SumAsync(f => f.Count));
        // Of them in %: chaoyang's l.460, 462, 481 and 503, jiangbeicheng's l.484, 489 and 678.
        Assert.Equal(7, await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≥" && f.UnitOfMeasure == "%").SumAsync(f => f.Count));
        // The cards of 2024 with a core indicator: nanping's three (l.436, 451, 472 each on one of its three cards);
        // ciqikou and shandong mark none core.
        Assert.Equal(3, await db.ProjectFacetCounts.Where(f => f.FiscalYear == 2024 && f.HasCoreIndicator).SumAsync(f => f.Count));

        // SYNTHETIC replacement: chaoyang's l.460 with ≤ for ≥ — one core indicator of ≥ becomes one of ≤ (of which the
        // seeds have jiangbeicheng's l.524 alone).
        var text = SeedImports.Chaoyang2023();
        Assert.Contains(CoreSatisfaction, text);
        var edited = text.Replace(CoreSatisfaction, CoreSatisfaction.Replace("≥", "≤", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Replaced, (await importer.ImportAsync("chaoyang-2023.txt", System.Text.Encoding.UTF8.GetBytes(edited))).Status);
        await AssertCountsAsync(db);
        Assert.Equal((27L, 2L), (await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≥").SumAsync(f => f.Count),
            await db.IndicatorFacetCounts.Where(f => f.IsCore == true && f.Operator == "≤").SumAsync(f => f.Count)));
    }

    [Fact]
    public async Task A_bulk_load_counts_the_combinations_at_its_end()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.BulkLoadAsync(db);
        await AssertCountsAsync(db, exactKeys: true);
    }

    [Fact]
    public async Task The_migration_counts_the_combinations_a_database_already_holds()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        await SeedImports.OneByOneAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"IndicatorFacetCounts\"; DELETE FROM \"ProjectFacetCounts\";");
        // The last migrations' own statements (spelled out in them: the combinations with their keys), then the bulk
        // load's: the same rows, the keys exact.
        await db.Database.ExecuteSqlRawAsync(Backfill("IndicatorFacetTargets", "DELETE FROM \"IndicatorFacetCounts\""));
        await db.Database.ExecuteSqlRawAsync(Backfill("ProjectFacetDistrict", "DELETE FROM \"ProjectFacetCounts\""));
        await AssertCountsAsync(db, exactKeys: true);
        await db.Database.ExecuteSqlRawAsync(FacetCounts.AllTables);
        await AssertCountsAsync(db, exactKeys: true);
    }

    // The SQLite migration's backfill: from `start` to the end of its GROUP BY.
    private static string Backfill(string migration, string start)
    {
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src/BudgetGraph.Data.Migrations.Sqlite/Migrations"),
            $"*_{migration}.cs").Single());
        text = text[text.IndexOf(start, StringComparison.Ordinal)..];
        var groupBy = text.IndexOf("GROUP BY", StringComparison.Ordinal);
        return text[..(text.IndexOf(';', groupBy) + 1)];
    }

    /// <summary>One row per combination the indicators hold, with its count (rows counted 0 left by a replacement aside);
    /// a combination's second row would fail here. Its first and last keys bound its indicators' (<paramref name="exactKeys"/>:
    /// are theirs), and the audit finds no key that does not bound them.</summary>
    internal static async Task AssertCountsAsync(BudgetDbContext db, bool exactKeys = false)
    {
        foreach (var facets in FacetCounts.All)
        {
            var columns = string.Join(" || '|' || ", facets.Columns.Select(c => $"COALESCE(CAST(\"{c}\" AS TEXT), '(null)')"));
            var listed = string.Join(", ", facets.Columns.Select(c => $"\"{c}\""));
            var actual = await ValueCountsTests.ReadAsync(db, $"SELECT {columns}, COUNT(*) FROM \"{facets.Table}\" GROUP BY {listed}");
            var kept = await ValueCountsTests.ReadAsync(db, $"SELECT {columns}, \"Count\" FROM \"{facets.FacetTable}\" WHERE \"Count\" <> 0");
            Assert.True(actual.Count > 3, $"{facets.Table}: {actual.Count} combinations");
            Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), kept.OrderBy(p => p.Key, StringComparer.Ordinal));
            foreach (var (key, bound) in new[] { ("MIN", "FirstId"), ("MAX", "LastId") })
            {
                var actualKeys = await ValueCountsTests.ReadAsync(db, $"SELECT {columns}, {key}(\"Id\") FROM \"{facets.Table}\" GROUP BY {listed}");
                var keptKeys = await ValueCountsTests.ReadAsync(db, $"SELECT {columns}, \"{bound}\" FROM \"{facets.FacetTable}\" WHERE \"Count\" <> 0");
                foreach (var (combination, id) in actualKeys)
                {
                    var keptKey = keptKeys[combination];
                    Assert.True(exactKeys ? keptKey == id : key == "MIN" ? keptKey <= id : keptKey >= id, $"{facets.Table} {combination}: {bound} {keptKey}, {key} {id}");
                }
            }
            Assert.Equal(0L, await ScalarAsync(db, $"SELECT COUNT(*) FROM ({facets.UnboundedKeys}) AS u"));
        }
    }

    private static async Task<long> ScalarAsync(BudgetDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
