using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class UnitQueryTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Units_filters_by_slug_and_returns_the_unit_fields()
    {
        var data = await Fixture.DataAsync("""
            { units(where: { slug: { eq: "nanping" } }) { totalCount nodes { slug name shortName englishName unitCode district { name englishName } } } }
            """);
        var units = data.GetProperty("units");
        Assert.Equal(1, units.GetProperty("totalCount").GetInt32());
        var unit = units.GetProperty("nodes")[0];
        Assert.Equal("重庆市南岸区人民政府南坪街道办事处", unit.GetProperty("name").GetString());
        Assert.Equal("南坪街道", unit.GetProperty("shortName").GetString());
        Assert.Equal("307", unit.GetProperty("unitCode").GetString());
        Assert.Equal("南岸区", unit.GetProperty("district").GetProperty("name").GetString());
    }

    /// <summary>
    /// startsWith/endsWith are case-sensitive, as eq, in and contains are (and as in HotChocolate): SQLite's LIKE,
    /// which ignores ASCII case, matched nanping for "N". Wildcards of the pattern language match only themselves.
    /// </summary>
    [Theory]
    [InlineData("startsWith: \"N\"", "")]
    [InlineData("startsWith: \"n\"", "nanping")]
    [InlineData("startsWith: \"nanp\"", "nanping")]
    [InlineData("startsWith: \"NANP\"", "")]
    [InlineData("endsWith: \"NG\"", "")]
    [InlineData("endsWith: \"ping\"", "nanping")]
    [InlineData("startsWith: \"nan*\"", "")]
    [InlineData("startsWith: \"n?n\"", "")]
    [InlineData("startsWith: \"[n]\"", "")]
    [InlineData("endsWith: \"*\"", "")]
    public async Task Starts_and_ends_with_are_case_sensitive(string condition, string expectedSlug)
    {
        var data = await Fixture.DataAsync("{ units(where: { slug: { " + condition + " } }) { nodes { slug } } }");
        var slugs = Slugs(data.GetProperty("units"));
        if (expectedSlug.Length == 0) Assert.Empty(slugs);
        else Assert.Contains(expectedSlug, slugs);
    }

    [Theory]
    [InlineData("nstartsWith: \"N\"")]
    [InlineData("nendsWith: \"NG\"")]
    public async Task Negated_starts_and_ends_with_are_case_sensitive(string condition)
    {
        var data = await Fixture.DataAsync("{ all: units { totalCount } some: units(where: { slug: { " + condition + " } }) { totalCount } }");
        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32(), data.GetProperty("some").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Units_sort_descending_by_unit_code_and_page_with_cursors()
    {
        var first = await Fixture.DataAsync("""
            { units(order: [{ unitCode: DESC }], first: 2) { nodes { slug } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """);
        var page = first.GetProperty("units");
        Assert.Equal(new[] { "jiangbeicheng", "chaoyang" }, Slugs(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("MA==", page.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        var end = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = await Fixture.DataAsync(
            "query($after: String) { units(order: [{ unitCode: DESC }], first: 2, after: $after) { nodes { slug } pageInfo { hasNextPage hasPreviousPage } } }",
            $$"""{ "after": "{{end}}" }""");
        var next = second.GetProperty("units");
        Assert.Equal(new[] { "nanping" }, Slugs(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Units_last_returns_the_final_items()
    {
        var data = await Fixture.DataAsync("{ units(order: [{ slug: ASC }], last: 1) { nodes { slug } pageInfo { hasPreviousPage hasNextPage } } }");
        Assert.Equal(new[] { "nanping" }, Slugs(data.GetProperty("units")));
        Assert.True(data.GetProperty("units").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Units_or_combines_string_operations()
    {
        var data = await Fixture.DataAsync("""
            { units(where: { or: [{ shortName: { startsWith: "南坪" } }, { districtName: { contains: "北碚" } }] }, order: [{ slug: ASC }]) { nodes { slug } } }
            """);
        Assert.Equal(new[] { "chaoyang", "nanping" }, Slugs(data.GetProperty("units")));
    }

    [Fact]
    public async Task Unit_by_slug_lists_its_budgets_with_totals_in_wan_yuan()
    {
        var data = await Fixture.DataAsync("""
            { unit(slug: "nanping") { budgets { year sourceDocument { fileName } totals { income expenditure basic project carryOver } } budget(year: 2024) { year } } }
            """);
        var budget = data.GetProperty("unit").GetProperty("budgets")[0];
        Assert.Equal(2024, budget.GetProperty("year").GetInt32());
        Assert.Equal("nanping-2024.txt", budget.GetProperty("sourceDocument").GetProperty("fileName").GetString());
        var totals = budget.GetProperty("totals");
        Assert.Equal(4851.31m, totals.GetProperty("expenditure").GetDecimal());
        Assert.Equal(1733.30m, totals.GetProperty("basic").GetDecimal());
        Assert.Equal(3118.01m, totals.GetProperty("project").GetDecimal());
        Assert.Equal(62.66m, totals.GetProperty("carryOver").GetDecimal());
        Assert.Equal(2024, data.GetProperty("unit").GetProperty("budget").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task FiscalYears_lists_each_year_with_its_units()
    {
        var data = await Fixture.DataAsync("{ fiscalYears { year units { slug } } }");
        var years = data.GetProperty("fiscalYears").EnumerateArray()
            .Select(y => $"{y.GetProperty("year").GetInt32()}:{string.Join(",", y.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("slug").GetString()))}");
        Assert.Equal(new[] { "2025:jiangbeicheng", "2024:nanping", "2023:chaoyang" }, years);
    }

    private static string[] Slugs(JsonElement connection) => Values(connection.GetProperty("nodes"), "slug");
}
