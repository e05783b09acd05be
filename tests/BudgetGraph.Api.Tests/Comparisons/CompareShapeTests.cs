using System.Text.Json;

namespace BudgetGraph.Api.Tests.Comparisons;

/// <summary>
/// compare / expenditureAggregate / indicatorComparison: order, paging, top, both ranks, the units left out and why,
/// NOT_FOUND for unknown names. Figures typed from 表二 of the seeds (社会保障和就业支出 208: Chaoyang 2023 1,465.27,
/// Nanping 2024 946.04, Jiangbeicheng 2025 391.41) and of the synthetic Nanping 2023 fixture (1,000.00).
/// </summary>
public class CompareShapeTests(SeedsWithSyntheticPriorYearFixture fixture) : IClassFixture<SeedsWithSyntheticPriorYearFixture>
{
    private static List<JsonElement> Nodes(JsonElement data, string field) =>
        data.GetProperty(field).GetProperty("nodes").EnumerateArray().ToList();

    [Fact]
    public async Task Compare_orders_by_total_and_ranks_within_year_and_overall()
    {
        var data = await fixture.DataAsync("""
            { compare(subjectCodes: ["208"], order: [{ total: DESC }]) {
                totalCount nodes { unitSlug year total rank overallRank nameEn } } }
            """);

        var rows = Nodes(data, "compare");
        Assert.Equal(4, data.GetProperty("compare").GetProperty("totalCount").GetInt32());
        Assert.Equal(["chaoyang 2023 1465.27 1 1", "nanping 2023 1000.00 2 2", "nanping 2024 946.04 1 3", "jiangbeicheng 2025 391.41 1 4"],
            rows.Select(r => $"{r.GetProperty("unitSlug").GetString()} {r.GetProperty("year").GetInt32()} " +
                             $"{r.GetProperty("total").GetDecimal():0.00} {r.GetProperty("rank").GetInt32()} {r.GetProperty("overallRank").GetInt32()}"));
        Assert.All(rows, r => Assert.Equal("Social security and employment", r.GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task Compare_pages_with_first_and_after_in_sql()
    {
        var first = await fixture.DataAsync("""{ compare(subjectCodes: ["208"], order: [{ total: ASC }], first: 2) { pageInfo { hasNextPage endCursor } nodes { unitSlug total } } }""");
        var page = first.GetProperty("compare");
        Assert.Equal(["jiangbeicheng", "nanping"], Nodes(first, "compare").Select(r => r.GetProperty("unitSlug").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await fixture.DataAsync($$"""{ compare(subjectCodes: ["208"], order: [{ total: ASC }], first: 2, after: "{{cursor}}") { pageInfo { hasNextPage } nodes { unitSlug total } } }""");
        Assert.Equal([1000.00m, 1465.27m], Nodes(second, "compare").Select(r => r.GetProperty("total").GetDecimal()));
        Assert.False(second.GetProperty("compare").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Compare_pages_in_its_default_order_with_first_and_after()
    {
        // Default order (code, year, unit slug) with codes and level named: the page is walked by unit slug. Paged two
        // at a time it gives the rows of one whole page, in order, with their ranks.
        const string args = """subjectCodes: ["208", "201"], level: CATEGORY""";
        var whole = await fixture.DataAsync($$"""{ compare({{args}}, first: 50) { nodes { code year unitSlug total rank overallRank } } }""");
        var expected = Nodes(whole, "compare").Select(r => r.GetRawText()).ToList();
        Assert.Equal(["201 2023 chaoyang 867.69", "201 2023 nanping 2300.00", "201 2024 nanping 2085.02", "201 2025 jiangbeicheng 1570.09",
                      "208 2023 chaoyang 1465.27", "208 2023 nanping 1000.00", "208 2024 nanping 946.04", "208 2025 jiangbeicheng 391.41"],
            Nodes(whole, "compare").Select(r => $"{r.GetProperty("code").GetString()} {r.GetProperty("year").GetInt32()} " +
                                                $"{r.GetProperty("unitSlug").GetString()} {r.GetProperty("total").GetDecimal():0.00}"));

        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var data = await fixture.DataAsync($$"""{ compare({{args}}, first: 3{{cursor}}) { pageInfo { hasNextPage endCursor } nodes { code year unitSlug total rank overallRank } } }""");
            paged.AddRange(Nodes(data, "compare").Select(r => r.GetRawText()));
            var pageInfo = data.GetProperty("compare").GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean()) break;
            after = pageInfo.GetProperty("endCursor").GetString();
        }
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task Compare_top_keeps_the_largest_per_subject_and_year()
    {
        var data = await fixture.DataAsync("""{ compare(subjectCodes: ["208"], years: [2023], top: 1) { nodes { unitSlug total rank } } }""");

        var row = Assert.Single(Nodes(data, "compare"));
        Assert.Equal("chaoyang", row.GetProperty("unitSlug").GetString());
        Assert.Equal(1465.27m, row.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Compare_lists_the_units_it_could_not_include_and_why()
    {
        var data = await fixture.DataAsync("""{ compare(subjectCodes: ["208"]) { missing { unitSlug unitShortName year reasonCode reason } } }""");

        var missing = data.GetProperty("compare").GetProperty("missing").EnumerateArray().ToList();
        // Ciqikou and Shandong 2024 publish only the performance tables (部门整体绩效目标表 and project cards).
        Assert.Equal(["ciqikou 2024 NO_FUNCTIONAL_TABLE", "shandong 2024 NO_FUNCTIONAL_TABLE"],
            missing.Select(m => $"{m.GetProperty("unitSlug").GetString()} {m.GetProperty("year").GetInt32()} {m.GetProperty("reasonCode").GetString()}"));
        Assert.All(missing, m => Assert.Contains("表二", m.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Compare_reports_a_year_without_budget_and_a_subject_the_table_lacks()
    {
        var data = await fixture.DataAsync("""{ compare(subjectCodes: ["212"], unitSlugs: ["chaoyang", "nanping"], years: [2024]) { nodes { unitSlug } missing { unitSlug year reasonCode } } }""");

        // Nanping 2024 prints 212 (1,373.80); Chaoyang has only a 2023 disclosure.
        Assert.Equal(["nanping"], Nodes(data, "compare").Select(r => r.GetProperty("unitSlug").GetString()));
        var missing = Assert.Single(data.GetProperty("compare").GetProperty("missing").EnumerateArray());
        Assert.Equal("chaoyang", missing.GetProperty("unitSlug").GetString());
        Assert.Equal("NO_BUDGET_FOR_YEAR", missing.GetProperty("reasonCode").GetString());
    }

    [Theory]
    [InlineData("""{ compare(unitSlugs: ["nanping", "atlantis"]) { totalCount } }""", "compare", "unitSlugs", "atlantis")]
    [InlineData("""{ compare(subjectCodes: ["208", "999"]) { totalCount } }""", "compare", "subjectCodes", "999")]
    [InlineData("""{ indicatorComparison(nameContains: "满意", unitSlugs: ["nowhere"]) { totalCount } }""", "indicatorComparison", "unitSlugs", "nowhere")]
    public async Task Unknown_slugs_and_codes_are_not_found_errors_listing_the_bad_values(string query, string field, string argument, string bad)
    {
        var response = await fixture.ResponseAsync(query);

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("NOT_FOUND", extensions.GetProperty("code").GetString());
        Assert.True(extensions.TryGetProperty("data", out var data), extensions.ToString());
        Assert.Equal([bad], data.GetProperty(argument).EnumerateArray().Select(v => v.GetString()));
        Assert.Contains($"'{bad}'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Aggregate_lists_the_budgets_without_lines()
    {
        var data = await fixture.DataAsync("""{ expenditureAggregate(by: UNIT, level: CATEGORY) { rows { key } missing { unitSlug year reasonCode } } }""");

        var aggregate = data.GetProperty("expenditureAggregate");
        Assert.DoesNotContain(aggregate.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "ciqikou");
        Assert.Equal(["ciqikou NO_FUNCTIONAL_TABLE", "shandong NO_FUNCTIONAL_TABLE"],
            aggregate.GetProperty("missing").EnumerateArray()
                .Select(m => $"{m.GetProperty("unitSlug").GetString()} {m.GetProperty("reasonCode").GetString()}"));
    }

    [Fact]
    public async Task Aggregate_by_unit_pages_the_top_spenders_and_says_what_is_left()
    {
        // 表二's 类 lines summed per unit: nanping (2024 4,851.30 + the synthetic 2023) first, then jiangbeicheng-2025.txt
        // 合计 3,634.33 (l.98, 11 类 lines), then chaoyang-2023.txt 合计 3,394.41 (l.94, 12 类 lines).
        var first = await fixture.DataAsync("""{ expenditureAggregate(by: UNIT, level: CATEGORY, order: [{ sum: DESC }], first: 2) { totalCount pageInfo { hasNextPage endCursor } rows { key sum count } } }""");
        var page = first.GetProperty("expenditureAggregate");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["nanping", "jiangbeicheng 3634.33 11"], page.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("key").GetString() == "nanping" ? "nanping"
                : $"{r.GetProperty("key").GetString()} {r.GetProperty("sum").GetDecimal()} {r.GetProperty("count").GetInt32()}"));

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await fixture.DataAsync($$"""{ expenditureAggregate(by: UNIT, level: CATEGORY, order: [{ sum: DESC }], first: 2, after: "{{cursor}}") { pageInfo { hasNextPage } rows { key sum count } } }""");
        var rest = second.GetProperty("expenditureAggregate");
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["chaoyang 3394.41 12"], rest.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("key").GetString()} {r.GetProperty("sum").GetDecimal()} {r.GetProperty("count").GetInt32()}"));

        // The same page over a filter (grouped from the budgets' level totals): nanping-2024.txt's 4,851.30 alone.
        var filtered = await fixture.DataAsync("""{ expenditureAggregate(by: UNIT, level: CATEGORY, years: [2024, 2025], order: [{ sum: DESC }], first: 1) { totalCount pageInfo { hasNextPage } rows { key sum } } }""");
        var top = filtered.GetProperty("expenditureAggregate");
        Assert.Equal((2, true), (top.GetProperty("totalCount").GetInt32(), top.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
        Assert.Equal(["nanping 4851.30"], top.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("key").GetString()} {r.GetProperty("sum").GetDecimal():0.00}"));
    }

    [Theory]
    [InlineData("SUBJECT")]
    [InlineData("DISTRICT")]
    [InlineData("YEAR")]
    [InlineData("UNIT")]
    public async Task Aggregate_answers_over_the_seeds_fit_one_default_page_in_key_order(string by)
    {
        // The default page (100 groups) holds every group of the seeds, at every level: nothing is left for a next page,
        // and the rows are in key order (years as numbers).
        foreach (var level in new[] { "CATEGORY", "SECTION", "ITEM" })
        {
            var data = await fixture.DataAsync($$"""{ expenditureAggregate(by: {{by}}, level: {{level}}) { totalCount pageInfo { hasNextPage } rows { key } } }""");
            var aggregate = data.GetProperty("expenditureAggregate");
            var keys = aggregate.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).ToList();
            Assert.NotEmpty(keys);
            Assert.Equal(keys.Count, aggregate.GetProperty("totalCount").GetInt32());
            Assert.False(aggregate.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public async Task Indicator_comparison_is_paged_and_names_units_without_a_match()
    {
        var data = await fixture.DataAsync("""{ indicatorComparison(nameContains: "满意", unitSlugs: ["chaoyang"], years: [2023], first: 1) { totalCount pageInfo { hasNextPage } nodes { name } } }""");

        var connection = data.GetProperty("indicatorComparison");
        Assert.Single(Nodes(data, "indicatorComparison"));
        Assert.True(connection.GetProperty("totalCount").GetInt32() > 1);
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var none = await fixture.DataAsync("""{ indicatorComparison(nameContains: "不存在的指标") { totalCount missing { unitSlug reasonCode } } }""");
        Assert.Equal(0, none.GetProperty("indicatorComparison").GetProperty("totalCount").GetInt32());
        Assert.All(none.GetProperty("indicatorComparison").GetProperty("missing").EnumerateArray(),
            m => Assert.Equal("NO_MATCHING_INDICATOR", m.GetProperty("reasonCode").GetString()));
        Assert.Equal(6, none.GetProperty("indicatorComparison").GetProperty("missing").GetArrayLength()); // 5 seeds + synthetic Nanping 2023
    }
}
