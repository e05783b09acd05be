using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// <c>units</c> with a filter counted on the rows, in key order, with <c>totalCount</c>: the matches' ids are listed once
/// (their number is the count) and the page is read by the ids in its window (<c>MatchList</c>) — the same answers as
/// the page read in key order without a count, page after page, in two commands.
/// </summary>
public sealed class UnitMatchListTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private ImportedSeedsFixture Fixture { get; } = fixture;

    private static string[] Slugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToArray();

    [Fact]
    public async Task Two_units_of_Shapingba_are_listed_once_and_paged_by_their_ids()
    {
        // Ciqikou and Shandong are the sub-districts of 沙坪坝区 (Shapingba District) among the five; imported in that order.
        Fixture.Sql.Clear();
        var first = (await Fixture.DataAsync("""
            { units(where: { districtName: { contains: "沙坪坝" } }, first: 1) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }
            """)).GetProperty("units");
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ciqikou"], Slugs(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        // One command lists the ids (no COUNT), one reads the page's row by its id.
        Assert.Equal(2, Fixture.Sql.Commands.Count);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.ReplaceLineEndings("\n").StartsWith("SELECT \"u\".\"Id\"\nFROM \"Units\" AS \"u\"\nWHERE", StringComparison.Ordinal)
            && c.Contains("instr(\"u\".\"DistrictName\"", StringComparison.Ordinal));

        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = (await Fixture.DataAsync($$"""
            { units(where: { districtName: { contains: "沙坪坝" } }, first: 1, after: "{{cursor}}") { totalCount nodes { slug } pageInfo { hasNextPage } } }
            """)).GetProperty("units");
        Assert.Equal(["shandong"], Slugs(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var last = (await Fixture.DataAsync("""
            { units(where: { districtName: { contains: "沙坪坝" } }, last: 1) { nodes { slug } pageInfo { hasPreviousPage } } }
            """)).GetProperty("units");
        Assert.Equal(["shandong"], Slugs(last));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task An_order_or_a_name_gram_keeps_its_own_count()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { ordered: units(where: { districtName: { contains: "沙坪坝" } }, order: [{ slug: DESC }]) { totalCount nodes { slug } }
              named: units(where: { name: { contains: "南坪" } }) { totalCount nodes { slug } } }
            """);
        Assert.Equal(["shandong", "ciqikou"], Slugs(data.GetProperty("ordered")));
        Assert.Equal(["nanping"], Slugs(data.GetProperty("named")));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"NameGramCounts\"", StringComparison.Ordinal));
    }

    public static TheoryData<string> Filters => new()
    {
        """{ districtName: { contains: "区" } }""", """{ districtName: { contains: "沙坪坝" } }""", """{ districtName: { eq: "南岸区" } }""",
        """{ slug: { contains: "an" } }""", """{ slug: { startsWith: "nan" } }""", """{ englishName: { contains: "Sub-district" } }""",
        """{ unitCode: { in: ["307", "707"] } }""", """{ unitCode: { eq: null } }""", """{ districtName: { contains: "不存在" } }""",
        """{ or: [{ slug: { eq: "shandong" } }, { districtName: { startsWith: "北碚" } }] }""",
        """{ and: [{ districtName: { contains: "区" } }, { name: { contains: "街道" } }] }""",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_page_is_the_page_read_in_key_order_without_a_count(string where)
    {
        var all = (await Fixture.DataAsync($"{{ units(where: {where}) {{ nodes {{ slug }} }} }}")).GetProperty("units");
        var expected = Slugs(all);
        var listed = (await Fixture.DataAsync($"{{ units(where: {where}) {{ totalCount nodes {{ slug }} }} }}")).GetProperty("units");
        Assert.Equal(expected.Length, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, Slugs(listed));
        // Page after page of two, each with its count.
        var paged = new List<string>();
        string? cursor = null;
        while (true)
        {
            var after = cursor is null ? "" : $", after: \"{cursor}\"";
            var page = (await Fixture.DataAsync($"{{ units(where: {where}, first: 2{after}) {{ totalCount nodes {{ slug }} pageInfo {{ hasNextPage endCursor }} }} }}")).GetProperty("units");
            Assert.Equal(expected.Length, page.GetProperty("totalCount").GetInt32());
            paged.AddRange(Slugs(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(expected, paged);
    }
}
