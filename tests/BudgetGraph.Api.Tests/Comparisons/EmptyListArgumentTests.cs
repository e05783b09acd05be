namespace BudgetGraph.Api.Tests.Comparisons;

/// <summary>
/// The list arguments of compare / expenditureAggregate / indicatorComparison alike: omitted or null means all, an
/// explicitly empty list selects nothing (as <c>in: []</c> does) — compare and indicatorComparison used to read [] as all.
/// </summary>
public class EmptyListArgumentTests(SeedsWithSyntheticPriorYearFixture fixture) : IClassFixture<SeedsWithSyntheticPriorYearFixture>
{
    [Theory]
    [InlineData("compare(unitSlugs: []) { totalCount nodes { unitSlug } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("compare(subjectCodes: []) { totalCount nodes { unitSlug } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("compare(years: []) { totalCount nodes { unitSlug } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("indicatorComparison(nameContains: \"满意\", unitSlugs: []) { totalCount nodes { unitSlug } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("indicatorComparison(nameContains: \"满意\", years: []) { totalCount nodes { unitSlug } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("expenditureAggregate(by: UNIT, unitSlugs: []) { totalCount rows { key } missing { unitSlug } pageInfo { hasNextPage } }")]
    [InlineData("expenditureAggregate(by: UNIT, years: []) { totalCount rows { key } missing { unitSlug } pageInfo { hasNextPage } }")]
    public async Task An_empty_list_selects_nothing(string field)
    {
        var data = await fixture.DataAsync("{ " + field + " }");

        var answer = data.EnumerateObject().Single().Value;
        Assert.Equal(0, answer.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (answer.TryGetProperty("nodes", out var nodes) ? nodes : answer.GetProperty("rows")).GetArrayLength());
        Assert.Equal(0, answer.GetProperty("missing").GetArrayLength());
        Assert.False(answer.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("compare(unitSlugs: null) { totalCount }", "compare { totalCount }")]
    [InlineData("indicatorComparison(nameContains: \"满意\", unitSlugs: null, years: null) { totalCount }", "indicatorComparison(nameContains: \"满意\") { totalCount }")]
    [InlineData("expenditureAggregate(by: UNIT, unitSlugs: null, years: null) { totalCount }", "expenditureAggregate(by: UNIT) { totalCount }")]
    public async Task A_null_list_means_all_as_an_omitted_one(string withNull, string omitted)
    {
        var data = await fixture.DataAsync("{ a: " + withNull + " b: " + omitted + " }");

        var all = data.GetProperty("b").GetProperty("totalCount").GetInt32();
        Assert.True(all > 0);
        Assert.Equal(all, data.GetProperty("a").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Unknown_names_beside_an_empty_list_are_still_not_found()
    {
        var response = await fixture.ResponseAsync("""{ compare(unitSlugs: [], years: [1999]) { totalCount } }""");

        Assert.Equal("NOT_FOUND", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
