using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

public sealed class ErrorTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Theory]
    [InlineData("""{ unit(slug: "nowhere") { name } }""", "unit")]
    [InlineData("""{ budget(unitSlug: "nanping", year: 1999) { year } }""", "budget")]
    public async Task Unknown_slug_or_year_gives_null_and_a_not_found_error(string query, string field)
    {
        var response = await Fixture.ResponseAsync(query);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Unit_budget_of_a_year_without_budget_is_null_with_a_not_found_error()
    {
        var response = await Fixture.ResponseAsync("""{ unit(slug: "nanping") { slug budget(year: 2030) { year } } }""");
        Assert.Equal("nanping", response.GetProperty("data").GetProperty("unit").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("unit").GetProperty("budget").ValueKind);
        Assert.Equal("NOT_FOUND", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_field_asked_of_a_page_that_its_rows_have_is_refused_with_the_selection_to_ask_instead()
    {
        // The shape compare and expenditureAggregate had before they paged (the peer's ops-budgetgraph/e-compare and
        // f-aggregate): refused as invalid (5.3.1), with where the field now is.
        var response = await Fixture.ResponseAsync("""
            { compare(subjectCodes: ["201"], level: CATEGORY) { unitSlug code total }
              expenditureAggregate(by: DISTRICT) { key sum } }
            """);
        Assert.False(response.TryGetProperty("data", out _));
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(
        [
            "Cannot query field 'unitSlug' on type 'ComparisonConnection'. Did you mean 'nodes { unitSlug }' or 'missing { unitSlug }'?",
            "Cannot query field 'code' on type 'ComparisonConnection'. Did you mean 'nodes { code }'?",
            "Cannot query field 'total' on type 'ComparisonConnection'. Did you mean 'nodes { total }'?",
            "Cannot query field 'key' on type 'ExpenditureAggregate'. Did you mean 'rows { key }'?",
            "Cannot query field 'sum' on type 'ExpenditureAggregate'. Did you mean 'rows { sum }'?",
        ], errors.Select(e => e.GetProperty("message").GetString()));
        Assert.All(errors, e =>
        {
            Assert.Equal("FIELDS_ON_CORRECT_TYPE", e.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("5.3.1", e.GetProperty("extensions").GetProperty("number").GetString());
        });
    }

    [Fact]
    public async Task A_misspelt_field_keeps_the_librarys_suggestion()
    {
        var response = await Fixture.ResponseAsync("{ units { nodez { slug } } projects { nodes { nam } } }");
        Assert.Equal(
        [
            "Cannot query field 'nodez' on type 'UnitsConnection'. Did you mean 'nodes'?",
            "Cannot query field 'nam' on type 'Project'. Did you mean 'name'?",
        ], response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_error_HC0051_naming_the_maximum()
    {
        var response = await Fixture.ResponseAsync("{ projects(first: 51) { nodes { name } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("HC0051", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("maximum page size of 50", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("projects").ValueKind);
    }

    [Fact]
    public async Task Negative_page_size_is_error_HC0079()
    {
        var response = await Fixture.ResponseAsync("{ units(last: -1) { nodes { slug } } }");
        Assert.Equal("HC0079", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invalid_cursor_is_error_HC0078()
    {
        var response = await Fixture.ResponseAsync("""{ units(after: "bm90IGEgbnVtYmVy") { nodes { slug } } }""");
        Assert.Equal("HC0078", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>
    /// A cursor naming int.MaxValue (base64 "2147483647"): the position after it is past every list, so the page is
    /// empty, as for any cursor past the end — not the first page with negative cursors (the offset wrapped round).
    /// </summary>
    [Theory]
    [InlineData("projects(first: 2, after: \"MjE0NzQ4MzY0Nw==\") { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor } }")]
    [InlineData("compare(first: 2, after: \"MjE0NzQ4MzY0Nw==\") { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor } }")]
    [InlineData("expenditureAggregate(by: UNIT, first: 2, after: \"MjE0NzQ4MzY0Nw==\") { rows { key } pageInfo { hasNextPage hasPreviousPage startCursor } }")]
    [InlineData("indicatorComparison(nameContains: \"满意\", first: 2, after: \"MjE0NzQ4MzY0Nw==\") { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor } }")]
    [InlineData("projects(first: 2, after: \"MjE0NzQ4MzY0Ng==\") { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor } }")]
    public async Task A_cursor_at_the_end_of_int_gives_an_empty_page(string field)
    {
        var response = await Fixture.ResponseAsync("{ " + field + " }");
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var connection = response.GetProperty("data").EnumerateObject().Single().Value;
        // expenditureAggregate has rows and no edges.
        Assert.Equal(0, (connection.TryGetProperty("edges", out var edges) ? edges : connection.GetProperty("rows")).GetArrayLength());
        var pageInfo = connection.GetProperty("pageInfo");
        Assert.False(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.True(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, pageInfo.GetProperty("startCursor").ValueKind);
    }

    [Fact]
    public async Task Amount_with_more_than_six_decimals_is_an_invalid_amount_error()
    {
        var response = await Fixture.ResponseAsync("{ projects(where: { amount: { gt: 100.0000001 } }) { nodes { name } } }");
        Assert.Equal("INVALID_AMOUNT", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>
    /// Bounds beyond what an amount column holds (±9,223,372,036,854.775807 万元) are no error: no stored amount lies
    /// beyond them, so `lt` such a bound matches every amount and `gt` none (not "more than six decimals").
    /// </summary>
    [Theory]
    [InlineData("lt: 10000000000000", true)]
    [InlineData("lte: 1e20", true)]
    [InlineData("lt: 1e20", true)]
    [InlineData("gt: -10000000000000", true)]
    [InlineData("nlt: -1e20", true)]
    [InlineData("neq: 1e20", true)]
    [InlineData("ngt: 1e20", true)]
    [InlineData("gt: 10000000000000", false)]
    [InlineData("gte: 1e20", false)]
    [InlineData("lt: -1e20", false)]
    [InlineData("eq: 1e20", false)]
    [InlineData("nlt: 1e20", false)]
    [InlineData("in: [1e20, -1e20]", false)]
    public async Task An_amount_bound_beyond_the_stored_range_matches_all_or_nothing(string condition, bool all)
    {
        var data = await Fixture.DataAsync("{ all: projects { totalCount } some: projects(where: { amount: { " + condition + " } }) { totalCount } }");
        var total = data.GetProperty("all").GetProperty("totalCount").GetInt32();
        Assert.True(total > 0);
        Assert.Equal(all ? total : 0, data.GetProperty("some").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_amount_literal_with_more_digits_than_a_decimal_holds_is_refused_not_rounded()
    {
        var response = await Fixture.ResponseAsync("{ projects(where: { amount: { eq: 100.00000000000000000000000000001 } }) { totalCount } }");
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_amount_literal_written_with_zeros_or_an_exponent_is_accepted()
    {
        var data = await Fixture.DataAsync(
            "{ a: projects(where: { amount: { gte: 0.000100000000000000000000000000000, lt: 1.0E+13 } }) { totalCount } b: projects(where: { amount: { gt: 0 } }) { totalCount } }");
        Assert.Equal(data.GetProperty("b").GetProperty("totalCount").GetInt32(), data.GetProperty("a").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Unknown_filter_field_is_a_validation_error_without_data()
    {
        var response = await Fixture.ResponseAsync("""{ units(where: { colour: { eq: "red" } }) { nodes { slug } } }""");
        Assert.False(response.TryGetProperty("data", out _));
        Assert.False(string.IsNullOrEmpty(response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Default_page_size_is_ten()
    {
        var data = await Fixture.DataAsync("{ indicators { nodes { name } pageInfo { hasNextPage } } }");
        Assert.Equal(10, data.GetProperty("indicators").GetProperty("nodes").GetArrayLength());
        Assert.True(data.GetProperty("indicators").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
