using System.Text.Json;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// <c>contains</c>/<c>startsWith</c> on the names with a gram index (units' name and short name, projects' names and
/// departments, indicators' names; issue 8): the answers of the five seeds as imported, typed from the documents, and the same answers as the
/// predicate alone — <c>ncontains</c>/<c>nstartsWith</c> never use the index, so for every pattern the two counts
/// must add up to all rows.
/// </summary>
public sealed class NameSearchTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private ImportedSeedsFixture Fixture { get; } = fixture;

    private static string[] Values(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).ToString()).ToArray();

    [Fact]
    public async Task Satisfaction_indicators_below_90_are_those_of_chaoyang_and_jiangbeicheng()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, first: 20) {
                totalCount nodes { name numericTarget unit { slug } } } }
            """);
        var connection = data.GetProperty("indicators");
        Assert.Equal(5, connection.GetProperty("totalCount").GetInt32());
        var nodes = connection.GetProperty("nodes");
        Assert.Equal(["辖区群众满意度", "群众满意度", "群众满意度", "服务对象满意度", "选民满意度"], Values(nodes, "name"));
        Assert.Equal([85m, 75m, 75m, 80m, 85m], nodes.EnumerateArray().Select(n => n.GetProperty("numericTarget").GetDecimal()));
        Assert.Equal(["chaoyang", "chaoyang", "chaoyang", "jiangbeicheng", "jiangbeicheng"],
            nodes.EnumerateArray().Select(n => n.GetProperty("unit").GetProperty("slug").GetString()));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"NameGrams\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Units_by_name_part_and_prefix()
    {
        var data = await Fixture.DataAsync("""
            { contains: units(where: { name: { contains: "南坪" } }, order: [{ slug: ASC }], first: 20) { totalCount nodes { slug } }
              starts: units(where: { shortName: { startsWith: "南坪" } }, first: 20) { totalCount nodes { slug } }
              longer: units(where: { name: { contains: "南坪街道办" } }) { totalCount nodes { slug } }
              prefix: units(where: { name: { startsWith: "重庆市南岸区" } }) { totalCount nodes { slug } }
              inside: units(where: { shortName: { startsWith: "坪街" } }) { totalCount }
              either: units(where: { or: [{ name: { contains: "南坪" } }, { shortName: { contains: "磁器口" } }] }, order: [{ slug: ASC }]) { totalCount nodes { slug } }
              both: units(where: { and: [{ name: { contains: "街道" } }, { shortName: { startsWith: "山洞" } }] }) { nodes { slug } } }
            """);
        Assert.Equal(["nanping"], Values(data.GetProperty("contains").GetProperty("nodes"), "slug"));
        Assert.Equal(1, data.GetProperty("contains").GetProperty("totalCount").GetInt32());
        Assert.Equal(["nanping"], Values(data.GetProperty("starts").GetProperty("nodes"), "slug"));
        Assert.Equal(["nanping"], Values(data.GetProperty("longer").GetProperty("nodes"), "slug"));
        Assert.Equal(["nanping"], Values(data.GetProperty("prefix").GetProperty("nodes"), "slug"));
        Assert.Equal(0, data.GetProperty("inside").GetProperty("totalCount").GetInt32()); // has the grams, is no prefix
        Assert.Equal(["ciqikou", "nanping"], Values(data.GetProperty("either").GetProperty("nodes"), "slug"));
        Assert.Equal(["shandong"], Values(data.GetProperty("both").GetProperty("nodes"), "slug"));
    }

    [Fact]
    public async Task Projects_by_name_part_in_amount_order_page_by_page()
    {
        var first = await Fixture.DataAsync("""
            { projects(where: { name: { contains: "经费" } }, order: [{ amount: DESC }], first: 2) { totalCount nodes { name amount } pageInfo { endCursor } } }
            """);
        var page = first.GetProperty("projects");
        Assert.Equal(17, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["南坪街道村居工作经费", "城乡社区管理工作经费"], Values(page.GetProperty("nodes"), "name"));
        Assert.Equal(1149.38m, page.GetProperty("nodes")[0].GetProperty("amount").GetDecimal());
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await Fixture.DataAsync($$"""
            { projects(where: { name: { contains: "经费" } }, order: [{ amount: DESC }], first: 1, after: "{{cursor}}") { nodes { name amount } } }
            """);
        var third = next.GetProperty("projects").GetProperty("nodes")[0];
        Assert.Equal("民政管理事务工作经费", third.GetProperty("name").GetString());
        Assert.Equal(390.38m, third.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Projects_by_department_part_are_counted_and_paged_on_the_department_grams()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { budget: projects(where: { department: { contains: "预算" } }, first: 3) { totalCount nodes { name unit { slug } } }
              office: projects(where: { department: { contains: "街道办事处" } }) { totalCount }
              jiangbei: projects(where: { department: { contains: "江北城街道" } }) { totalCount }
              numbered: projects(where: { department: { startsWith: "806" } }) { totalCount }
              exactly: projects(where: { department: { eq: "预算科" } }) { totalCount } }
            """);
        // Ciqikou's 10 cards name the 预算科; the offices (街道办事处) are Chaoyang's 2, Jiangbeicheng's 17 and Nanping's
        // 3 cards (Shandong's 5 write 山洞街道 alone); Jiangbeicheng's write 806-… on 15 cards and 806—… on 2.
        var budget = data.GetProperty("budget");
        Assert.Equal(10, budget.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ciqikou", "ciqikou", "ciqikou"],
            budget.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("unit").GetProperty("slug").GetString()));
        Assert.Equal(22, data.GetProperty("office").GetProperty("totalCount").GetInt32());
        Assert.Equal(17, data.GetProperty("jiangbei").GetProperty("totalCount").GetInt32());
        Assert.Equal(17, data.GetProperty("numbered").GetProperty("totalCount").GetInt32());
        Assert.Equal(10, data.GetProperty("exactly").GetProperty("totalCount").GetInt32());
        // The one-gram contains is counted on its gram's count and paged on its gram rows; the eq on the values' counts.
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"NameGramCounts\"", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"NameGrams\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"ValueCounts\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nested_unit_and_project_names_use_the_same_filters()
    {
        var data = await Fixture.DataAsync("""
            { a: indicators(where: { unit: { name: { contains: "南坪" } }, name: { contains: "满意" } }) { totalCount }
              b: indicators(where: { project: { name: { contains: "经费" } } }) { totalCount }
              c: indicators(where: { project: { name: { ncontains: "经费" } } }) { totalCount }
              d: indicators(where: { project: { name: { neq: "" } } }) { totalCount } }
            """);
        Assert.Equal(4, data.GetProperty("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(data.GetProperty("d").GetProperty("totalCount").GetInt32(),
            data.GetProperty("b").GetProperty("totalCount").GetInt32() + data.GetProperty("c").GetProperty("totalCount").GetInt32());
    }

    public static TheoryData<string, string> Fields => new()
    {
        { "units", "name" }, { "units", "shortName" }, { "projects", "name" }, { "projects", "department" }, { "indicators", "name" },
    };

    // Two-character words (one gram), longer ones (several), one character and characters without grams (the
    // predicate alone), a surrogate pair, a zero-width space, letters, LIKE wildcards, empty.
    private static readonly string[] Patterns =
    [
        "满意", "满意度", "群众满意度", "南坪", "南坪街道", "经费", "工作经费", "街道办事处", "重庆市", "人民政府", "率", "街", "",
        "𠀀", "南𠀀坪", "南\u200B坪", "%", "_", "GDP", "满意%", "重庆市南岸区人民政府南坪街道办事处", "不存在的名称",
        "预算", "预算科", "806-", "806—", "江北城街道",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Every_pattern_gives_the_answer_of_the_predicate_alone(string connection, string field)
    {
        var all = (await Fixture.DataAsync($"{{ {connection} {{ totalCount }} }}")).GetProperty(connection).GetProperty("totalCount").GetInt32();
        Assert.True(all > 0);
        foreach (var pattern in Patterns)
        {
            foreach (var (op, negated) in new[] { ("contains", "ncontains"), ("startsWith", "nstartsWith") })
            {
                var data = await Fixture.DataAsync(
                    $"query($p: String) {{ yes: {connection}(where: {{ {field}: {{ {op}: $p }} }}) {{ totalCount }} " +
                    $"no: {connection}(where: {{ {field}: {{ {negated}: $p }} }}) {{ totalCount }} }}",
                    JsonSerializer.Serialize(new { p = pattern }));
                var yes = data.GetProperty("yes").GetProperty("totalCount").GetInt32();
                var no = data.GetProperty("no").GetProperty("totalCount").GetInt32();
                Assert.True(yes + no == all, $"{connection}.{field} {op} \"{pattern}\": {yes} + {no} ≠ {all}");
            }
        }
    }
}
