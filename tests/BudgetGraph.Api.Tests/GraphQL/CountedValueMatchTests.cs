using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A unit filter of a text match of its district (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c>) on budgets, cards
/// and indicators: read as an <c>in</c> of the district names the value counts hold that pass it
/// (FilterSpec.MatchOnCountedValuesAsync), then as the row's own district (FilterSpec.Lift) — on the imported seeds, the
/// same rows and counts as the <c>in</c> typed out, no unit read.
/// </summary>
public sealed class CountedValueMatchTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    // The seeds' districts: 南岸区 (nanping-2024.txt, its one budget: 33 indicators, 3 cards), 沙坪坝区 (shandong, ciqikou), 北碚区
    // (chaoyang-2023.txt), 江北区 (jiangbeicheng).
    [Theory]
    [InlineData("indicators", "contains: \"南岸\"", "\"南岸区\"", 33)]
    [InlineData("projects", "contains: \"南岸\"", "\"南岸区\"", 3)]
    [InlineData("projects", "startsWith: \"沙坪\"", "\"沙坪坝区\"", -1)]
    [InlineData("indicators", "endsWith: \"北区\"", "\"江北区\"", -1)]
    [InlineData("indicators", "contains: \"区\", startsWith: \"北\"", "\"北碚区\"", -1)]
    [InlineData("indicators", "contains: \"区\"", "\"北碚区\", \"南岸区\", \"江北区\", \"沙坪坝区\"", -1)]
    [InlineData("budgets", "contains: \"南岸\"", "\"南岸区\"", 1)]
    [InlineData("budgets", "endsWith: \"坝区\"", "\"沙坪坝区\"", -1)]
    public async Task A_text_match_of_a_units_district_is_the_counted_districts_it_keeps(string connection, string match, string districts, int count)
    {
        var fields = connection == "budgets" ? "id year" : "id name";
        var expected = await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { in: [{{districts}}] } } }, first: 50) { totalCount nodes { {{fields}} } } }""");
        var expectedCount = expected.GetProperty(connection).GetProperty("totalCount").GetInt32();
        Assert.True(expectedCount > 0);
        if (count >= 0) Assert.Equal(count, expectedCount);
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { {{match}} } } }, first: 50) { totalCount nodes { {{fields}} } } }""");
        Assert.Equal(expected.GetRawText(), data.GetRawText());
        // The districts are read from the value counts, the rows from their own copy: no unit is read.
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal) && c.Contains("\"Value\" IS NOT NULL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_match_of_one_district_beside_a_year_is_read_as_its_eq_beside_the_year()
    {
        // One district passes: its eq, which is lifted beside the year its index carries (DistrictBesideTermsTests), and
        // counted on its budgets' kept counts; an `in` there would stay on the units' keys.
        var expected = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { in: ["南岸区"] } }, year: { eq: 2024 } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(33, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "南岸" } }, year: { eq: 2024 } }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(expected.GetRawText(), data.GetRawText());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("SUM(\"b\".\"IndicatorRows\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_districts_are_read_again_on_every_request()
    {
        // The values are the database's, not the document's: the same document, sent again, reads them again (its commands
        // are not kept for the document, CachedCommands), so an import that adds a district that passes is served.
        const string query = """{ indicators(where: { unit: { districtName: { startsWith: "南岸" } } }, first: 5) { totalCount nodes { id } } }""";
        var first = await fixture.DataAsync(query);
        fixture.Sql.Clear();
        var again = await fixture.DataAsync(query);
        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(33, again.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal) && c.Contains("\"Value\" IS NOT NULL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_match_no_district_passes_keeps_nothing()
    {
        var data = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { contains: "渝中" } } }, first: 5) { totalCount nodes { id } } }""");
        Assert.Equal(0, data.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("indicators").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("ncontains: \"南岸\"")]
    [InlineData("contains: \"南岸\", neq: \"江北区\"")]
    public async Task A_negation_is_tested_on_the_units(string match)
    {
        // A negation keeps a unit without a district, which no `in` of names can: the filter stays on the units' names.
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { {{match}} } } }, first: 5) { totalCount } }""");
        Assert.True(data.GetProperty("indicators").GetProperty("totalCount").GetInt32() > 0);
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
    }
}
