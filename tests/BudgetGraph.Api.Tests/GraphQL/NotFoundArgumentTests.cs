using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Every argument that names a unit, a subject, a year or a node answers NOT_FOUND for a value that names nothing, with
/// the bad values in <c>extensions.data.{argument}</c> (a spec-conformant error: message, path, extensions); filters
/// (<c>where</c>) stay conditions, and one that matches nothing is an empty list. The seeds hold budgets for 2023
/// (chaoyang), 2024 (nanping, shandong, ciqikou) and 2025 (jiangbeicheng).
/// </summary>
public class NotFoundArgumentTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private async Task<(JsonElement Error, JsonElement Data)> NotFoundAsync(string query, string field)
    {
        var response = await fixture.ResponseAsync(query);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        Assert.True(error.TryGetProperty("locations", out _), error.ToString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("NOT_FOUND", extensions.GetProperty("code").GetString());
        Assert.True(extensions.TryGetProperty("data", out var data), extensions.ToString());
        return (error, data);
    }

    [Theory]
    [InlineData("""{ compare(subjectCodes: ["208"], years: [2024, 1999]) { totalCount } }""", "compare")]
    [InlineData("""{ indicatorComparison(nameContains: "满意", years: [1999]) { totalCount } }""", "indicatorComparison")]
    [InlineData("""{ expenditureAggregate(by: UNIT, years: [1999]) { rows { key } } }""", "expenditureAggregate")]
    public async Task A_year_no_unit_has_a_budget_for_is_not_found(string query, string field)
    {
        var (error, data) = await NotFoundAsync(query, field);
        Assert.Equal([1999], data.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains("no budget is for the year 1999", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Aggregate_names_unknown_slugs_and_years_together()
    {
        var (error, data) = await NotFoundAsync(
            """{ expenditureAggregate(by: UNIT, unitSlugs: ["nanping", "atlantis", "lemuria"], years: [2024, 2030]) { rows { key } } }""",
            "expenditureAggregate");
        Assert.Equal(["atlantis", "lemuria"], data.GetProperty("unitSlugs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([2030], data.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("No unit has the slugs 'atlantis', 'lemuria' (`unitSlugs`); no budget is for the year 2030 (`years`).",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Aggregate_by_named_units_and_years_sums_only_them()
    {
        // 表二 of Nanping 2024: 社会保障和就业支出 946.04; Jiangbeicheng 2025 is left out by `years`.
        var data = await fixture.DataAsync("""
            { expenditureAggregate(by: UNIT, unitSlugs: ["nanping", "jiangbeicheng", "ciqikou"], years: [2024]) {
                rows { key } missing { unitSlug reasonCode } } }
            """);
        var aggregate = data.GetProperty("expenditureAggregate");
        Assert.Equal(["nanping"], aggregate.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()).Distinct());
        Assert.Equal(["ciqikou NO_FUNCTIONAL_TABLE"], aggregate.GetProperty("missing").EnumerateArray()
            .Select(m => $"{m.GetProperty("unitSlug").GetString()} {m.GetProperty("reasonCode").GetString()}"));
    }

    [Fact]
    public async Task Unit_by_unknown_slug_carries_the_slug()
    {
        var (_, data) = await NotFoundAsync("""{ unit(slug: "atlantis") { name } }""", "unit");
        Assert.Equal("atlantis", data.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Budget_says_whether_the_unit_or_the_year_is_unknown()
    {
        var (unknownUnit, unitData) = await NotFoundAsync("""{ budget(unitSlug: "atlantis", year: 2024) { year } }""", "budget");
        Assert.Equal("atlantis", unitData.GetProperty("unitSlug").GetString());
        Assert.False(unitData.TryGetProperty("year", out _));
        Assert.Equal("No unit has the slug 'atlantis' (`unitSlug`).", unknownUnit.GetProperty("message").GetString());

        var (unknownYear, yearData) = await NotFoundAsync("""{ budget(unitSlug: "nanping", year: 1999) { year } }""", "budget");
        Assert.Equal(1999, yearData.GetProperty("year").GetInt32());
        Assert.False(yearData.TryGetProperty("unitSlug", out _));
        Assert.Equal("Unit 'nanping' has no budget for 1999 (`year`); it has budgets for 2024.", unknownYear.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unit_budget_of_a_year_without_budget_carries_the_year()
    {
        var response = await fixture.ResponseAsync("""{ unit(slug: "chaoyang") { budget(year: 2024) { year } } }""");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(["unit", "budget"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2024, error.GetProperty("extensions").GetProperty("data").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Node_with_an_id_of_no_object_carries_the_id()
    {
        var id = Convert.ToBase64String("Unit:99999"u8.ToArray());
        var (_, data) = await NotFoundAsync($$"""{ node(id: "{{id}}") { id } }""", "node");
        Assert.Equal(id, data.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{ budgets(where: { unit: { slug: { eq: "atlantis" } } }) { nodes { year } } }""", "budgets")]
    [InlineData("""{ budgets(where: { year: { in: [1999] } }) { nodes { year } } }""", "budgets")]
    [InlineData("""{ projects(where: { year: { eq: 1999 } }) { nodes { name } } }""", "projects")]
    [InlineData("""{ subjects(where: { code: { eq: "999" } }) { code } }""", "subjects")]
    public async Task A_filter_that_matches_nothing_is_an_empty_list_without_an_error(string query, string field)
    {
        var response = await fixture.ResponseAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var value = response.GetProperty("data").GetProperty(field);
        var list = value.ValueKind == JsonValueKind.Array ? value : value.GetProperty("nodes");
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Budget_lines_filtered_by_an_unknown_code_are_empty_without_an_error()
    {
        var data = await fixture.DataAsync("""{ budget(unitSlug: "nanping", year: 2024) { expenditureLines(where: { code: { eq: "2089898" } }) { code } } }""");
        Assert.Equal(0, data.GetProperty("budget").GetProperty("expenditureLines").GetArrayLength());
    }
}
