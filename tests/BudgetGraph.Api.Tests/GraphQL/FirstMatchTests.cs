using System.Text.Json;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// SeedData's units followed by SYNTHETIC units: 600 of a district 甲区, then 1,100 of 乙区 — more matches than
/// <c>Paging.FewMatches</c>, all after 600 others in key order. Pages of up to 5,000 (to read every match at once).
/// </summary>
public sealed class ManyUnitsFixture() : BudgetGraphFixture(new Dictionary<string, string?> { ["GraphQL:MaxPageSize"] = "5000" })
{
    protected override void Fill(BudgetDbContext db)
    {
        base.Fill(db);
        db.Units.AddRange(Enumerable.Range(0, 1700).Select(i => new Unit
        {
            Slug = $"synthetic-{i:D4}", OfficialName = $"SYNTHETIC 单位 {i}", ShortName = $"SYNTHETIC {i}",
            DistrictName = i < 600 ? "甲区" : "乙区", UnitCode = (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        db.SaveChanges();
    }
}

/// <summary>
/// A <c>totalCount</c> counted on the rows reads the first match's key in the same aggregate (<c>FirstMatch</c>), and a
/// page in key order of more than <c>Paging.FewMatches</c> matches starts there: the same pages, page after page, as
/// the rows read in key order without a count.
/// </summary>
public sealed class FirstMatchTests(ManyUnitsFixture fixture) : IClassFixture<ManyUnitsFixture>
{
    private ManyUnitsFixture Fixture { get; } = fixture;

    private static string[] Slugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToArray();

    [Fact]
    public async Task The_units_of_a_district_imported_last_are_paged_from_the_first_ones_key()
    {
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""
            { units(where: { districtName: { contains: "乙" } }, first: 2) { totalCount nodes { slug } } }
            """)).GetProperty("units");
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0600", "synthetic-0601"], Slugs(page));
        // One aggregate counts and finds the first key; the page reads from that key on.
        var count = Assert.Single(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains("MIN(\"m\".\"Id\") AS \"FirstKey\"", count);
        var read = Assert.Single(Fixture.Sql.Commands, c => !c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Matches("""AND "u"."Id" >= @""", read);
    }

    [Fact]
    public async Task One_equality_is_counted_as_before()
    {
        // Its index holds the matches in key order: no first key is read.
        Fixture.Sql.Clear();
        var page = (await Fixture.DataAsync("""{ units(where: { districtName: { eq: "乙区" } }, first: 1) { totalCount nodes { slug } } }""")).GetProperty("units");
        Assert.Equal(1100, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["synthetic-0600"], Slugs(page));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FirstKey", StringComparison.Ordinal));
    }

    public static TheoryData<string> Filters => new()
    {
        """{ districtName: { contains: "乙" } }""", """{ districtName: { contains: "区" } }""", """{ districtName: { neq: "甲区" } }""",
        """{ districtName: { startsWith: "乙" } }""", """{ slug: { contains: "synthetic-1" } }""", """{ unitCode: { in: ["3", "5"] } }""",
        """{ or: [{ districtName: { eq: "乙区" } }, { slug: { eq: "nanping" } }] }""", """{ unitCode: { eq: null } }""",
        """{ districtName: { contains: "不存在" } }""",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_page_is_the_page_read_in_key_order_without_a_count(string where)
    {
        var all = Slugs((await Fixture.DataAsync($"{{ units(where: {where}, first: 5000) {{ nodes {{ slug }} }} }}")).GetProperty("units"));
        var paged = new List<string>();
        string? cursor = null;
        while (true)
        {
            var after = cursor is null ? "" : $", after: \"{cursor}\"";
            var page = (await Fixture.DataAsync($"{{ units(where: {where}, first: 500{after}) {{ totalCount nodes {{ slug }} pageInfo {{ hasNextPage endCursor }} }} }}")).GetProperty("units");
            Assert.Equal(all.Length, page.GetProperty("totalCount").GetInt32());
            paged.AddRange(Slugs(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(all, paged);
        // From the end too (last: counts first).
        var last = Slugs((await Fixture.DataAsync($"{{ units(where: {where}, last: 3) {{ nodes {{ slug }} }} }}")).GetProperty("units"));
        Assert.Equal(all.TakeLast(3), last);
    }
}
