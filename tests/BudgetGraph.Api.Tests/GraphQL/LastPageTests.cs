using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A page nearer a list's end than its start (<c>last</c>, <c>before</c> near the end) is read in the reverse order from
/// the end (Paging's <c>fromEnd</c>, <c>ReversedOrder</c>): the same rows, in the same order, as paging forwards — on the
/// imported seeds, 252 indicators, 37 cards, 5 units — and its SQL skips the rows after the window, not those before it.
/// </summary>
public sealed class LastPageTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    [InlineData("indicators", "", "id name", 252)]
    [InlineData("indicators", "order: [{ name: DESC }]", "id name", 252)]
    [InlineData("indicators", "order: [{ numericTarget: ASC }]", "id numericTarget", 252)] // nulls among them
    [InlineData("indicators", "where: { operator: { eq: \"≥\" } }", "id operator", 178)]
    // Filters in key order that a key-order reader pages forwards (KeyOrderPage): from the end, the sorted query reversed.
    [InlineData("indicators", "where: { level2: { contains: \"数量\" } }", "id level2", 33)]
    [InlineData("indicators", "where: { numericTarget: { gte: 100 } }", "id numericTarget", 64)]
    [InlineData("projects", "where: { amount: { gte: 100 } }", "id amount", 10)]
    [InlineData("projects", "where: { category: { contains: \"项目\" } }", "id category", 2)]
    // Counted on the rows: from the end, from the last match's key (KeyOrderPage.FromEndReader).
    [InlineData("projects", "where: { code: { contains: \"T0000\" } }", "id code", 2)]
    [InlineData("units", "where: { districtName: { contains: \"区\" } }", "slug", 5)]
    [InlineData("indicators", "where: { or: [{ isCore: { eq: true } }, { weight: { gte: 20 } }] }", "id isCore weight", 109)]
    // Answered by the name grams alone: the gram rows' window from the end (in key order, or by slug).
    [InlineData("indicators", "where: { name: { contains: \"满意\" } }", "id name", 30)]
    [InlineData("projects", "where: { name: { contains: \"经费\" } }", "id name", 17)]
    [InlineData("units", "where: { name: { contains: \"街道\" } }, order: [{ slug: DESC }]", "slug", 5)]
    // Through a nested object's keys: read forwards as before.
    [InlineData("indicators", "where: { unit: { slug: { eq: \"jiangbeicheng\" } } }", "id", 106)]
    [InlineData("projects", "order: [{ amount: DESC }]", "id amount", 37)]
    [InlineData("projects", "order: [{ year: ASC }, { amount: ASC }]", "id year amount", 37)]
    [InlineData("units", "", "slug", 5)]
    [InlineData("budgets", "order: [{ year: DESC }]", "id year", 5)]
    public async Task Pages_from_the_end_are_the_pages_from_the_start(string list, string arguments, string fields, int count)
    {
        var (forwards, forwardCounts) = await ConnectionPages.AllAsync(fixture, list, arguments, fields, backwards: false);
        var (backwards, backwardCounts) = await ConnectionPages.AllAsync(fixture, list, arguments, fields, backwards: true);
        Assert.Equal(count, forwards.Count);
        Assert.Equal(forwards, backwards);
        Assert.All(forwardCounts.Concat(backwardCounts), total => Assert.Equal(count, total));
    }

    [Fact]
    public async Task The_last_page_skips_the_rows_after_it_in_the_reverse_order()
    {
        // The last 5 of 252 indicators: ORDER BY "i"."Id" DESC, none skipped (not 247 skipped in key order).
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("{ indicators(last: 5) { nodes { id } } }");
        Assert.Equal(5, data.GetProperty("indicators").GetProperty("nodes").GetArrayLength());
        var commands = fixture.Sql.Commands.ToList();
        var page = commands.FindLastIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal) && c.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains("ORDER BY \"i\".\"Id\" DESC", commands[page], StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Sql.Parameters[page].Values, value => value is 247);
        var plan = await QueryPlan.ExplainAllAsync(fixture.DatabasePath, [(commands[page], fixture.Sql.Parameters[page])]);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_last_page_counted_on_the_rows_is_read_back_from_the_last_matchs_key()
    {
        // Core indicators (33) or of a numeric target of 1,000 or more (21 others; the last shandong-2024.txt l.348's 维护面积,
        // 211,535.9), each with a name: 54, counted on the rows (the name is no column of the kept combinations). The
        // aggregate that counts them reads the last one's key, and the last page is read backwards from it, not from the
        // table's last indicator.
        var (forwards, _) = await ConnectionPages.AllAsync(fixture, "indicators", "where: { or: [{ isCore: { eq: true } }, { numericTarget: { gte: 1000 } }], name: { neq: \"\" } }", "id", backwards: false, pageSize: 50);
        var lastId = System.Text.Json.JsonDocument.Parse(forwards[^1]).RootElement.GetProperty("id").GetString();
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { or: [{ isCore: { eq: true } }, { numericTarget: { gte: 1000 } }], name: { neq: "" } }, last: 1) { totalCount nodes { id } } }""");
        Assert.Equal($$"""{"totalCount":54,"nodes":[{"id":"{{lastId}}"}]}""", data.GetProperty("indicators").GetRawText());
        var commands = fixture.Sql.Commands.ToList();
        var count = commands.FindIndex(c => c.Contains("MAX(\"m\".\"Id\") AS \"LastKey\"", StringComparison.Ordinal));
        Assert.True(count >= 0, "the count reads the last match's key");
        var page = commands.FindLastIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal) && c.Contains("ORDER BY \"i\".\"Id\" DESC", StringComparison.Ordinal));
        Assert.True(page > count);
        Assert.Contains("\"i\".\"Id\" <= @", commands[page], StringComparison.Ordinal);

        // A contains of one indexed column (chaoyang-2023.txt's two coded cards, 50010922T000000095557 清扫保洁服务外包
        // l.473 and …095633 文化事务 l.494, the first two of 37): looked for among the 128 keys up to the last match's (when
        // they do not hold it, its keys are read from the column's index: FirstMatchTests).
        fixture.Sql.Clear();
        data = await fixture.DataAsync("""{ projects(where: { code: { contains: "T0000" } }, last: 1) { totalCount nodes { code } } }""");
        Assert.Equal("""{"totalCount":2,"nodes":[{"code":"50010922T000000095633"}]}""", data.GetProperty("projects").GetRawText());
        commands = fixture.Sql.Commands.ToList();
        page = commands.FindLastIndex(c => c.Contains("FROM \"Projects\"", StringComparison.Ordinal) && c.Contains("ORDER BY \"p\".\"Id\" DESC", StringComparison.Ordinal));
        Assert.Contains("\"p\".\"Id\" < @", commands[page], StringComparison.Ordinal);
        Assert.Contains(fixture.Sql.Parameters[page].Values, value => value is 3);   // up to the last match's key, 2
        Assert.DoesNotContain(commands, c => c.Contains("ifnull(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_last_page_of_a_gram_answered_filter_reads_the_gram_rows_from_the_end()
    {
        // The 30 indicators named with 满意: the last 5 are the gram rows' last 5 entries read backwards (ORDER BY
        // EntityId DESC, none skipped), their rows sorted in the reverse order and turned round.
        var (forwards, _) = await ConnectionPages.AllAsync(fixture, "indicators", "where: { name: { contains: \"满意\" } }", "id", backwards: false);
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { name: { contains: "满意" } }, last: 5) { nodes { id } } }""");
        Assert.Equal(forwards[^5..], data.GetProperty("indicators").GetProperty("nodes").EnumerateArray().Select(n => n.GetRawText()));
        var page = Assert.Single(fixture.Sql.Commands, c => c.Contains("FROM \"NameGrams\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains("ORDER BY \"n\".\"EntityId\" DESC", page, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Sql.Parameters[fixture.Sql.Commands.ToList().IndexOf(page)].Values, value => value is 25);
    }
}
