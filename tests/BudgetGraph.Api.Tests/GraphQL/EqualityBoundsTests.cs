using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData's budgets, then SYNTHETIC ones: 1,100 of 2023 (no procurement stated) — more than the first 1,024 keys a
/// page is looked for among — then 4,500 of 2026, a year SeedData has none of: the first 300 with a procurement of
/// 500 万元, the other 4,200 of 1,200 万元.
/// </summary>
public sealed class YearAfterOthersFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        var units = Enumerable.Range(0, 4500).Select(i => new Unit
        {
            Slug = $"synthetic-{i:D4}", OfficialName = $"SYNTHETIC 单位 {i}", ShortName = $"SYNTHETIC {i}", DistrictName = "甲区",
        }).ToList();
        db.Units.AddRange(units);
        db.SaveChanges();
        foreach (var (year, count) in new[] { (2023, 1100), (2026, 4500) })
        {
            db.Budgets.AddRange(units.Take(count).Select((unit, i) => new Budget
            {
                Unit = unit, FiscalYear = year, DistrictName = unit.DistrictName,
                SourceDocument = new SourceDocument
                {
                    FileName = $"SYNTHETIC-{unit.Slug}-{year}.txt", Sha256 = $"{year}{i:D60}", EncodingName = "utf-8", LineCount = 1,
                    ImportedAt = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero),
                },
                ProcurementTotal = year == 2023 ? null : FixedPoint.ToStored(i < 300 ? 500m : 1200m),
            }));
            db.SaveChanges();
        }
        // Rows written here bypass the importer, which keeps the band and row counts: count them again, as a bulk load does.
        SeedData.CountAgain(db);
    }
}

/// <summary>
/// A year's <c>eq</c> beside an amount, counted on the bands by year (more than <c>Paging.FewMatches</c>), whose page
/// the table's first 1,024 keys do not hold: the year's first and last keys (one seek each in its index) bound every
/// match's key, and when the matches are dense between them and many (the aggregate would test at least
/// <c>KeyOrderPage.AggregateEntriesPerRow</c> entries for each key looked at), the page is looked for among a few keys
/// from the first bound (<c>KeyOrderPage.KeysFromBound</c>: 128 for a page of one, whose window reads 21 rows) before
/// the aggregate reads the first match's key (<c>KeyOrderPage.SeekingReader</c>).
/// </summary>
public sealed class EqualityBoundsTests(YearAfterOthersFixture fixture) : IClassFixture<YearAfterOthersFixture>
{
    private YearAfterOthersFixture Fixture { get; } = fixture;

    private static string[] Slugs(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("unit").GetProperty("slug").GetString()!)];

    private static bool ReadsBounds(string command) =>
        command.StartsWith("SELECT (SELECT MIN(\"m\".\"Id\")", StringComparison.Ordinal) && command.Contains("AS \"Last\"", StringComparison.Ordinal);

    private static bool ReadsBetweenBounds(string command) =>
        command.Contains("\"b\".\"Id\" >= @first AND \"b\".\"Id\" < @end", StringComparison.Ordinal);

    [Fact]
    public async Task A_page_dense_after_the_years_first_key_is_read_among_the_keys_from_it()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { year: { eq: 2026 }, procurementTotal: { gte: 100 } }, first: 1) { totalCount nodes { year unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(4500, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0000"], Slugs(page));
        var commands = Fixture.Sql.Commands;
        // The year's first and last keys in one command, the year's rows alone.
        var bounds = Assert.Single(commands, ReadsBounds);
        Assert.Contains("WHERE \"b\".\"FiscalYear\" = @", bounds);
        Assert.DoesNotContain("ProcurementTotal", bounds);
        Assert.Single(commands, ReadsBetweenBounds);
        // No aggregate over every match for the first match's key.
        Assert.DoesNotContain(commands, c => c.Contains("FirstKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matches_together_later_than_the_keys_from_the_first_bound_are_paged_from_the_aggregates_first_key()
    {
        // 4,200 of 1,200 万元, after the 300 of 500 万元 of 2026: the 128 keys from 2026's first hold none of them, so the
        // aggregate reads the first match's key after all, and the page is read from there.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { budgets(where: { year: { eq: 2026 }, procurementTotal: { gte: 1000 } }, first: 1) { totalCount nodes { year unit { slug } } } }
            """)).GetProperty("budgets");
        Assert.Equal(4200, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0300"], Slugs(page));
        Assert.Single(Fixture.Sql.Commands, ReadsBetweenBounds);
        Assert.Single(Fixture.Sql.Commands, c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
    }

    [Theory]
    // 4,500 matches, fewer than 32 for each of the 204 keys a page of 50 would look at (four times its 51 rows): the
    // aggregate is the cheaper.
    [InlineData("""{ year: { eq: 2026 }, procurementTotal: { gte: 100 } }""", 50, 4500, "synthetic-0000")]
    // The year alone: its own index holds the matches in key order.
    [InlineData("""{ year: { eq: 2026 } }""", 1, 4500, "synthetic-0000")]
    // No year's eq: nothing bounds the matches but the aggregate.
    [InlineData("""{ year: { gte: 2026 }, procurementTotal: { gte: 1000 } }""", 1, 4200, "synthetic-0300")]
    public async Task Otherwise_no_keys_are_read_from_a_years_bound(string where, int first, int matches, string firstSlug)
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync($"{{ budgets(where: {where}, first: {first}) {{ totalCount nodes {{ unit {{ slug }} }} }} }}"))
            .GetProperty("budgets");
        Assert.Equal(matches, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(firstSlug, Slugs(page)[0]);
        // No keys read from a year's bound: a page read between two keys comes, if at all, after the aggregate read the
        // first match's key (the keys after it: KeyOrderPage.NearOrThroughIndexAsync, no year's eq beside).
        var commands = Fixture.Sql.Commands.ToList();
        var firstKey = commands.FindIndex(c => c.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands.Take(firstKey < 0 ? commands.Count : firstKey), ReadsBetweenBounds);
        // (The bounds are read when many match — their span tells how many keys the page would take — and not otherwise.)
        Assert.Equal(where.Contains("eq", StringComparison.Ordinal) && where.Contains("procurementTotal", StringComparison.Ordinal),
            Fixture.Sql.Commands.Any(ReadsBounds));
    }
}
