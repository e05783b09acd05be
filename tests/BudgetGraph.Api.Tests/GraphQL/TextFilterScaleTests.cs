using System.Text.Json;
using System.Text.RegularExpressions;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The whole-dataset text filters of issue 8 (item 3) on the five seeds as imported, values typed from the documents:
/// a one-gram <c>contains</c> (with an indicator's target) counted on the gram index alone, a <c>startsWith</c> read as a
/// range of the name's index on SQLite, dense candidates under another order tested rather than looked up, and
/// indicatorComparison counted by the gram's count kept at import — each with the SQL that says so, and the answers of the predicate alone.
/// </summary>
public sealed class TextFilterScaleTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private ImportedSeedsFixture Fixture { get; } = fixture;

    private static string[] Values(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).ToString()).ToArray();

    private IEnumerable<string> Counts => Fixture.Sql.Commands.Where(c => c.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal));

    // A one-gram contains alone is counted by its gram's row of NameGramCounts (kept at import).
    private IEnumerable<string> GramCounts => Fixture.Sql.Commands.Where(c => c.Contains("FROM \"NameGramCounts\"", StringComparison.Ordinal));

    [Fact]
    public async Task A_name_and_a_target_are_counted_on_the_gram_index_alone()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, first: 2) { totalCount nodes { name numericTarget } } }
            """);
        // chaoyang-2023.txt l.460/485/509 (85, 75, 75) and jiangbeicheng's 80 and 85.
        Assert.Equal(5, data.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Equal(["辖区群众满意度", "群众满意度"], Values(data.GetProperty("indicators").GetProperty("nodes"), "name"));
        // Counted from the counts kept of 满意's targets (one row per distinct target), not from the gram rows or the indicators.
        var count = Assert.Single(Fixture.Sql.Commands, c => c.Contains("FROM \"NameGramValueCounts\"", StringComparison.Ordinal));
        Assert.Contains("SUM(\"n\".\"Count\")", count);
        Assert.Contains("\"n\".\"Value\" < @", count);
        Assert.DoesNotContain(Counts, c => c.Contains("\"Indicators\"", StringComparison.Ordinal) || c.Contains("FROM \"NameGrams\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Target_conditions_are_counted_on_the_counts_kept_of_the_targets()
    {
        Fixture.Sql.Clear();
        // The same questions with a condition on the year too (which keeps every row: counted on the indicators) tell
        // what the rows say; the gram counts must agree.
        var data = await Fixture.DataAsync("""
            { neq: indicators(where: { name: { contains: "满意" }, numericTarget: { neq: 85 } }) { totalCount }
              neqRows: indicators(where: { name: { contains: "满意" }, numericTarget: { neq: 85 }, year: { gte: 0 } }) { totalCount }
              none: indicators(where: { name: { contains: "满意" }, numericTarget: { eq: null } }) { totalCount }
              noneRows: indicators(where: { name: { contains: "满意" }, numericTarget: { eq: null }, year: { gte: 0 } }) { totalCount }
              range: indicators(where: { name: { contains: "满意" }, numericTarget: { gte: 80, lte: 95 } }) { totalCount }
              rangeRows: indicators(where: { name: { contains: "满意" }, numericTarget: { gte: 80, lte: 95 }, year: { gte: 0 } }) { totalCount }
              among: indicators(where: { name: { contains: "满意" }, numericTarget: { in: [75, 85] } }) { totalCount }
              amongRows: indicators(where: { name: { contains: "满意" }, numericTarget: { in: [75, 85] }, year: { gte: 0 } }) { totalCount } }
            """);
        int Total(string alias) => data.GetProperty(alias).GetProperty("totalCount").GetInt32();
        // Of 满意's 30 names, chaoyang-2023.txt l.460 and jiangbeicheng's 辖区群众满意度 carry 85, l.485 and l.509 75.
        Assert.Equal(28, Total("neq"));
        Assert.Equal(4, Total("among"));
        foreach (var alias in new[] { "neq", "none", "range", "among" }) Assert.Equal(Total(alias + "Rows"), Total(alias));
        // The range is a sum of the kept counts of the targets it keeps; neq and eq: null also keep the names with no
        // numeric target (a qualitative one): 满意's count less the sum of the targets they leave out. A list (in: its
        // values are a parameter that only SQL reads) is counted on the gram rows' range.
        var valueSums = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"NameGramValueCounts\"", StringComparison.Ordinal)).ToList();
        // neq 85: less the sum at 85; eq: null: less the sum of every target; the range: its own sum.
        Assert.Equal(3, valueSums.Count);
        Assert.Single(valueSums, c => c.EndsWith("\"n\".\"Gram\" = @pattern AND \"n\".\"Value\" = @Value", StringComparison.Ordinal));
        Assert.Single(valueSums, c => c.EndsWith("\"n\".\"Gram\" = @pattern", StringComparison.Ordinal));
        Assert.Single(valueSums, c => c.Contains("\"n\".\"Value\" >= @", StringComparison.Ordinal));
        Assert.Equal(2, GramCounts.Count());
        Assert.Single(Counts, c => c.StartsWith("SELECT COUNT(*)\nFROM \"NameGrams\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_conditions_are_counted_on_the_rows()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { a: indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 }, year: { eq: 2023 } }) { totalCount }
              b: indicators(where: { name: { contains: "满意度" } }) { totalCount }
              c: indicators(where: { name: { contains: "满意" } }) { totalCount }
              d: indicators(where: { name: { contains: "满意", ncontains: "群众" } }) { totalCount } }
            """);
        // chaoyang 2023's three (85, 75, 75); jiangbeicheng's are of 2025.
        Assert.Equal(3, data.GetProperty("a").GetProperty("totalCount").GetInt32());
        // 22 names with 满意度 (群众满意度, 服务对象满意度 …), of 满意's 30.
        Assert.Equal(22, data.GetProperty("b").GetProperty("totalCount").GetInt32());
        Assert.Equal(30, data.GetProperty("c").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("d").GetProperty("totalCount").GetInt32() < 30);
        // Only c is answered by the grams alone: its gram's count kept at import, one row; a is counted on the rows. b,
        // more than one gram, and d, two operations, sum the counts kept of the names that pass (ValueCounts'
        // Indicators.Name: at 50,005 disclosures 208 names, where testing every indicator's name took 199 ms).
        Assert.Single(GramCounts);
        Assert.Contains("\"i\".\"FiscalYear\" = @", Assert.Single(Counts));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal)
            && c.EndsWith("instr(\"v\".\"Value\", @Value) > 0", StringComparison.Ordinal));
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal)
            && c.Contains("instr(\"v\".\"Value\", @Value2) <= 0", StringComparison.Ordinal));
        Assert.DoesNotContain(Counts, c => c.Contains("FROM \"NameGrams\" AS \"n\"\nWHERE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_beside_a_year_is_counted_on_the_names_kept_counts_in_each_year()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { a: indicators(where: { name: { contains: "满意度" }, year: { eq: 2025 } }) { totalCount }
              b: indicators(where: { name: { contains: "满意度" }, year: { eq: 2024 } }) { totalCount }
              c: indicators(where: { name: { contains: "满意" }, year: { eq: 2023 } }) { totalCount } }
            """);
        // jiangbeicheng-2025.txt's five 满意度 names, nanping-2024.txt's 14, chaoyang-2023.txt's three 满意 (l.460, 485, 509).
        Assert.Equal(5, data.GetProperty("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(14, data.GetProperty("b").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("c").GetProperty("totalCount").GetInt32());
        // Each one read of the names' counts in that year (ValueCounts' Indicators.Name@Year); no indicator counted.
        Assert.Equal(3, Fixture.Sql.Commands.Count(c => c.Contains("\"Column\" = @inYears AND \"v\".\"Number\" = @year", StringComparison.Ordinal)));
        Assert.Empty(Counts);
    }

    [Fact]
    public async Task A_name_beside_a_core_mark_is_counted_on_the_names_kept_counts_beside_it()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { core: indicators(where: { name: { contains: "满意度" }, isCore: { eq: true } }) { totalCount }
              notCore: indicators(where: { name: { contains: "满意度" }, isCore: { eq: false } }) { totalCount } }
            """);
        // Of the 22 names with 满意度: chaoyang-2023.txt's 辖区群众满意度 (l.460) core, 7 not core, and 14 of no mark
        // (shandong's and ciqikou's cards print no core column), which neither counts.
        Assert.Equal(1, data.GetProperty("core").GetProperty("totalCount").GetInt32());
        Assert.Equal(7, data.GetProperty("notCore").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("\"Column\" = @besideFlag", StringComparison.Ordinal)));
        Assert.Empty(Counts);
    }

    [Fact]
    public async Task A_page_of_one_reads_as_many_rows_as_a_default_page()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { indicators(where: { name: { contains: "满意" }, numericTarget: { lt: 90 } }, first: 1) { nodes { name numericTarget } pageInfo { hasNextPage } } }
            """);
        // chaoyang-2023.txt l.460: 辖区群众满意度 ≥ 85, the first of the five.
        var indicators = data.GetProperty("indicators");
        Assert.Equal(["辖区群众满意度"], Values(indicators.GetProperty("nodes"), "name"));
        Assert.True(indicators.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        // LIMIT 2 would have SQLite sort every indicator under 90 by id (Paging.MinimumRowsRead): the page asks for 21.
        var page = Fixture.Sql.Commands.Select((text, i) => (text, i)).Single(c => c.text.Contains("FROM \"Indicators\"", StringComparison.Ordinal)
            && c.text.Contains("LIMIT", StringComparison.Ordinal));
        var limit = System.Text.RegularExpressions.Regex.Match(page.text, @"LIMIT (@\w+)").Groups[1].Value;
        Assert.Equal(21, Convert.ToInt32(Fixture.Sql.Parameters[page.i][limit], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_prefix_reads_a_range_of_the_short_names_index()
    {
        Fixture.Sql.Clear();
        // Three characters: longer than a start gram (a prefix of one gram is the next test's).
        var data = await Fixture.DataAsync("""
            { units(where: { shortName: { startsWith: "南坪街" } }, first: 20) { totalCount nodes { slug shortName } } }
            """);
        Assert.Equal(1, data.GetProperty("units").GetProperty("totalCount").GetInt32());
        Assert.Equal(["南坪街道"], Values(data.GetProperty("units").GetProperty("nodes"), "shortName"));
        var units = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Units\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, units.Count); // the count and the page
        Assert.All(units, c => Assert.Contains("\"u\".\"ShortName\" >= @", c));
        // The range is the predicate: no LIKE after it tests again what it guarantees.
        Assert.All(units, c => Assert.DoesNotContain("LIKE", c));
    }

    [Fact]
    public async Task Dense_candidates_under_another_order_are_tested_not_looked_up()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { bySlug: units(where: { name: { contains: "南坪街道" } }, order: [{ slug: ASC }], first: 20) { totalCount nodes { slug } }
              byDistrict: units(where: { name: { contains: "南坪街道" } }, order: [{ districtName: ASC }], first: 20) { totalCount nodes { slug } }
              byKey: units(where: { name: { contains: "南坪街道" } }, first: 20) { totalCount nodes { slug } } }
            """);
        foreach (var alias in new[] { "bySlug", "byDistrict", "byKey" })
        {
            Assert.Equal(["nanping"], Values(data.GetProperty(alias).GetProperty("nodes"), "slug"));
            Assert.Equal(1, data.GetProperty(alias).GetProperty("totalCount").GetInt32());
        }
        var pages = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"Units\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        // One unit of five has 南坪 (more than 1/25). By slug, whose index carries the name (IX_Units_Slug_OfficialName):
        // the predicate alone, tested on that index's entries — no candidates read, and no id after the unique slug.
        var bySlug = Assert.Single(pages, c => c.Contains("ORDER BY \"u\".\"Slug\"", StringComparison.Ordinal));
        Assert.DoesNotContain("NameGrams", bySlug);
        Assert.Contains("instr(\"u\".\"OfficialName\", ", bySlug);
        Assert.DoesNotContain("\"u\".\"Slug\", \"u\".\"Id\"", bySlug);
        // By district, whose index does not carry the name: a membership test of the candidates; in key order the driving list.
        Assert.Contains(pages, c => c.Contains("ORDER BY \"u\".\"DistrictName\"", StringComparison.Ordinal) && c.Contains("\"u\".\"Id\" + 0 IN (", StringComparison.Ordinal));
        Assert.Contains(pages, c => !c.Contains("ORDER BY \"u\".\"Slug\"", StringComparison.Ordinal) && !c.Contains("DistrictName", StringComparison.Ordinal)
                                    && c.Contains("\"u\".\"Id\" IN (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Satisfaction_lines_up_by_unit_and_year_and_is_counted_on_the_grams()
    {
        Fixture.Sql.Clear();
        var data = await Fixture.DataAsync("""
            { indicatorComparison(nameContains: "满意", first: 3) { totalCount nodes { unitSlug year projectName name numericTarget } } }
            """);
        var connection = data.GetProperty("indicatorComparison");
        Assert.Equal(30, connection.GetProperty("totalCount").GetInt32());
        var nodes = connection.GetProperty("nodes");
        // chaoyang-2023.txt l.460 (overall goal: no card) 辖区群众满意度 ≥ 85, then the cards' 群众满意度 ≥ 75 (l.485, l.509).
        Assert.Equal(["辖区群众满意度", "群众满意度", "群众满意度"], Values(nodes, "name"));
        Assert.Equal(["chaoyang", "chaoyang", "chaoyang"], Values(nodes, "unitSlug"));
        Assert.Equal(JsonValueKind.Null, nodes[0].GetProperty("projectName").ValueKind);
        Assert.Equal([85m, 75m, 75m], nodes.EnumerateArray().Select(n => n.GetProperty("numericTarget").GetDecimal()));
        // On the seeds 满意 has 30 ids: its candidates are read and sorted (the index-order plan, for terms with more than
        // NameSearch.MaxCandidates ids, is IndicatorLineUpPlanTests' — both give these rows).
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("\"i\".\"Id\" IN (", StringComparison.Ordinal) && c.Contains("ORDER BY \"u\".\"Slug\"", StringComparison.Ordinal));
        Assert.Single(GramCounts);
        Assert.DoesNotContain(Counts, c => c.Contains("FROM \"NameGrams\"", StringComparison.Ordinal));
    }

    [Theory]
    // 30 indicators of the seeds name 满意, 17 cards 经费 (the seeds' 项目名称 lines), and every unit is a 街道.
    [InlineData("indicators", "满意", "year: { gte: 0 }", 30)]
    [InlineData("projects", "经费", "or: [{ hasCoreIndicator: { eq: true } }, { hasCoreIndicator: { eq: false } }]", 17)]
    [InlineData("units", "街道", "slug: { neq: \"-\" }", 5)]
    public async Task A_one_gram_contains_in_the_key_order_reads_its_page_off_the_gram_rows(string list, string gram, string keepsEveryRow, int matches)
    {
        // Each page twice: the name filter alone (its ids read off the gram's rows) and with a condition that keeps every
        // row (the rows' own query, as before): the same rows, cursors, page info and count, forwards and backwards.
        async Task<JsonElement> Both(string page)
        {
            var data = await Fixture.DataAsync($$"""
                { alone: {{list}}(where: { name: { contains: "{{gram}}" } }, {{page}}) { ...Page }
                  rows: {{list}}(where: { name: { contains: "{{gram}}" }, {{keepsEveryRow}} }, {{page}}) { ...Page } }
                fragment Page on {{char.ToUpperInvariant(list[0])}}{{list[1..]}}Connection {
                  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name } }
                """);
            Assert.Equal(data.GetProperty("rows").GetRawText(), data.GetProperty("alone").GetRawText());
            Assert.Equal(matches, data.GetProperty("alone").GetProperty("totalCount").GetInt32());
            return data.GetProperty("alone");
        }

        Fixture.Sql.Clear();
        var first = await Both("first: 4");
        Assert.Equal(4, first.GetProperty("nodes").GetArrayLength());
        Assert.All(Values(first.GetProperty("nodes"), "name"), name => Assert.Contains(gram, name));
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await Both($"first: 4, after: \"{cursor}\"");
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        await Both("last: 3");
        await Both($"last: 2, before: \"{cursor}\"");
        await Both($"first: 2, after: \"{second.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\"");

        // The alone pages: the window of the gram's key range (ORDER BY its ids, LIMIT inside the subquery), no name test.
        // The last page starts at the 9th match: past the matches just counted (5 units), it is not read at all.
        var windows = Fixture.Sql.Commands.Where(c => c.Contains("ORDER BY \"n\".\"EntityId\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(matches > 8 ? 5 : 4, windows.Count);
        Assert.All(windows, c => Assert.DoesNotContain("instr(", c));
        Assert.All(windows, c => Assert.Matches(@"(?s)IN \(\s*SELECT ""n"".""EntityId"".*ORDER BY ""n"".""EntityId""( DESC)?\s+LIMIT @\w+ OFFSET @\w+\s*\)", c));
        // A last page nearer the end than the start: the window from the gram range's end, read backwards.
        Assert.Contains(windows, c => c.Contains("ORDER BY \"n\".\"EntityId\" DESC", StringComparison.Ordinal));
    }

    [Theory]
    // 17 cards name 经费: nanping-2024.txt l.463 南坪街道村居工作经费 (2024) and jiangbeicheng-2025.txt's 16 (统战及民族宗教工作经费 …
    // 卫生健康工作经费, 2025); none of 2023. A budget's year is the card's own (lifted).
    [InlineData("year: { eq: 2024 }", 1)]
    [InlineData("budget: { year: { eq: 2025 } }", 16)]
    [InlineData("year: { eq: 2023 }", 0)]
    [InlineData("year: { in: [2023, 2024] }", 1)]
    [InlineData("year: { gte: 2025 }", 16)]
    [InlineData("year: { neq: 2025 }", 1)]
    public async Task A_card_names_gram_beside_its_year_is_counted_and_paged_on_the_years_its_gram_rows_carry(string year, int matches)
    {
        // Each page twice, as above: the name and the year (counted on the gram's counts of each year, its ids read off the
        // gram rows of the year) and with a condition that keeps every card (the rows' own query).
        async Task<JsonElement> Both(string page)
        {
            var data = await Fixture.DataAsync($$"""
                { alone: projects(where: { name: { contains: "经费" }, {{year}} }, {{page}}) { ...Page }
                  rows: projects(where: { name: { contains: "经费" }, {{year}}, or: [{ hasCoreIndicator: { eq: true } }, { hasCoreIndicator: { eq: false } }] }, {{page}}) { ...Page } }
                fragment Page on ProjectsConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name year } }
                """);
            Assert.Equal(data.GetProperty("rows").GetRawText(), data.GetProperty("alone").GetRawText());
            Assert.Equal(matches, data.GetProperty("alone").GetProperty("totalCount").GetInt32());
            return data.GetProperty("alone");
        }

        Fixture.Sql.Clear();
        var first = await Both("first: 4");
        var names = Values(first.GetProperty("nodes"), "name");
        Assert.Equal(Math.Min(matches, 4), names.Length);
        Assert.All(names, name => Assert.Contains("经费", name));
        Assert.All(Values(first.GetProperty("nodes"), "year"), y => Assert.Equal(matches == 16 ? "2025" : "2024", y));
        if (matches == 1) Assert.Equal(["南坪街道村居工作经费"], names);
        if (matches == 16) Assert.Equal(["统战及民族宗教工作经费", "退役军人及武装工作经费", "经济发展工作经费", "文体及教育工作经费"], names);
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        if (cursor is not null) await Both($"first: 4, after: \"{cursor}\"");
        await Both("last: 3");

        // Counted on the counts kept of 经费's years (one row per year), never on the cards or the gram rows.
        var count = Assert.Single(Fixture.Sql.Commands.Where(c => c.Contains("FROM \"NameGramValueCounts\"", StringComparison.Ordinal)).Distinct());
        Assert.Contains("\"n\".\"Value\"", count);
        Assert.DoesNotContain(Counts, c => c.Contains("FROM \"Projects\"", StringComparison.Ordinal) && !c.Contains("\"p\".\"HasCoreIndicator\"", StringComparison.Ordinal));
        // The alone pages: a window of the gram rows of the year(s), no name test.
        var windows = Fixture.Sql.Commands.Where(c => c.Contains("ORDER BY \"n\".\"EntityId\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(matches > 0, windows.Count > 0); // (none counted: no page read)
        Assert.All(windows, c => Assert.DoesNotContain("instr(", c));
        Assert.All(windows, c => Assert.Matches(@"(?s)IN \(\s*SELECT ""n"".""EntityId"".*""n"".""Value"".*ORDER BY ""n"".""EntityId""( DESC)?\s+LIMIT @\w+ OFFSET @\w+\s*\)", c));
        if (!year.Contains("{ eq:", StringComparison.Ordinal) || matches == 0) return;
        // An eq of the year: the window is one range of the number's index, in key order (the key follows the number there),
        // nothing sorted; then each card by key. (Other conditions read the gram's key range in key order, testing the number.)
        var plan = await Fixture.PlanOfAsync($$"""{ projects(where: { name: { contains: "经费" }, {{year}} }, first: 4) { nodes { id } } }""",
            "ORDER BY \"n\".\"EntityId\"");
        Assert.Equal("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)\nLIST SUBQUERY 1\n"
            + "  SEARCH n USING COVERING INDEX IX_NameGrams_Kind_Gram_Value (Kind=? AND Gram=? AND Value=?)\n", plan.ReplaceLineEndings("\n"));
    }

    [Theory]
    // Every short name has 街道 (chaoyang, ciqikou, jiangbeicheng, nanping, shandong); four official names start with 重庆
    // (ciqikou's disclosure names the unit 磁器口街道 only).
    [InlineData("shortName", "contains", "街道", "ASC", "chaoyang ciqikou jiangbeicheng nanping shandong")]
    [InlineData("shortName", "contains", "街道", "DESC", "shandong nanping jiangbeicheng ciqikou chaoyang")]
    [InlineData("name", "startsWith", "重庆", "ASC", "chaoyang jiangbeicheng nanping shandong")]
    [InlineData("name", "startsWith", "重庆", "DESC", "shandong nanping jiangbeicheng chaoyang")]
    public async Task A_one_gram_filter_in_slug_order_reads_its_page_off_the_slugs_the_unit_grams_carry(string field, string operation,
        string gram, string direction, string slugs)
    {
        // Each page twice, as in the key's order above: the filter alone (a window of the gram rows in slug order) and with
        // a condition that keeps every unit (the rows' own query): the same rows, cursors, page info and count.
        async Task<JsonElement> Both(string page)
        {
            var data = await Fixture.DataAsync($$"""
                { alone: units(where: { {{field}}: { {{operation}}: "{{gram}}" } }, order: [{ slug: {{direction}} }], {{page}}) { ...Page }
                  rows: units(where: { {{field}}: { {{operation}}: "{{gram}}" }, slug: { neq: "-" } }, order: [{ slug: {{direction}} }], {{page}}) { ...Page } }
                fragment Page on UnitsConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug } }
                """);
            Assert.Equal(data.GetProperty("rows").GetRawText(), data.GetProperty("alone").GetRawText());
            return data.GetProperty("alone");
        }

        Fixture.Sql.Clear();
        var all = await Both("first: 10");
        Assert.Equal(slugs.Split(' '), Values(all.GetProperty("nodes"), "slug"));
        Assert.Equal(slugs.Split(' ').Length, all.GetProperty("totalCount").GetInt32());
        var first = await Both("first: 2");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await Both($"first: 2, after: \"{cursor}\"");
        Assert.Equal(slugs.Split(' ')[2..4], Values(second.GetProperty("nodes"), "slug"));
        await Both("last: 3");
        await Both($"last: 1, before: \"{cursor}\"");

        // The alone pages: the window of the gram's slugs (ORDER BY the slug its rows carry, LIMIT inside the subquery).
        var windows = Fixture.Sql.Commands.Where(c => c.Contains("ORDER BY \"n\".\"Slug\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, windows.Count);
        Assert.All(windows, c => Assert.DoesNotContain("instr(", c));
        // The two last pages (nearer the end than the start) from the end: the window in the reverse order, its rows too.
        var descending = direction == "DESC" ? " DESC" : "";
        var reversed = direction == "DESC" ? "" : " DESC";
        Assert.Equal(3, windows.Count(c => Regex.IsMatch(c,
            $@"(?s)IN \(\s*SELECT ""n"".""EntityId"".*""n"".""Slug"" IS NOT NULL\s+ORDER BY ""n"".""Slug""{descending}\s+LIMIT @\w+ OFFSET @\w+\s*\).*ORDER BY ""u"".""Slug""{descending}$")));
        Assert.Equal(2, windows.Count(c => Regex.IsMatch(c,
            $@"(?s)IN \(\s*SELECT ""n"".""EntityId"".*""n"".""Slug"" IS NOT NULL\s+ORDER BY ""n"".""Slug""{reversed}\s+LIMIT @\w+ OFFSET @\w+\s*\).*ORDER BY ""u"".""Slug""{reversed}$")));
    }

    [Fact]
    public async Task A_prefix_of_one_gram_is_counted_and_paged_on_the_start_grams()
    {
        Fixture.Sql.Clear();
        // Each unit's short name starts with its place (南坪街道, 磁器口街道 …); four official names start with 重庆市 — ciqikou's
        // disclosure names the unit 磁器口街道 only.
        var data = await Fixture.DataAsync("""
            { short: units(where: { shortName: { startsWith: "南坪" } }, first: 20) { totalCount nodes { slug shortName } }
              official: units(where: { name: { startsWith: "重庆" } }, first: 2) { totalCount pageInfo { hasNextPage } nodes { slug } }
              officialRows: units(where: { name: { startsWith: "重庆" }, slug: { neq: "-" } }, first: 2) { totalCount pageInfo { hasNextPage } nodes { slug } }
              bySlug: units(where: { name: { startsWith: "重庆" } }, order: [{ slug: DESC }], first: 2) { totalCount nodes { slug } }
              none: units(where: { shortName: { startsWith: "坪街" } }, first: 2) { totalCount nodes { slug } } }
            """);
        Assert.Equal(1, data.GetProperty("short").GetProperty("totalCount").GetInt32());
        Assert.Equal(["南坪街道"], Values(data.GetProperty("short").GetProperty("nodes"), "shortName"));
        Assert.Equal(4, data.GetProperty("official").GetProperty("totalCount").GetInt32());
        Assert.Equal(data.GetProperty("officialRows").GetRawText(), data.GetProperty("official").GetRawText());
        Assert.Equal(4, data.GetProperty("bySlug").GetProperty("totalCount").GetInt32());
        Assert.Equal(["shandong", "nanping"], Values(data.GetProperty("bySlug").GetProperty("nodes"), "slug"));
        // 坪街 is in 南坪街道 but does not start it.
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());

        // Counted on the start grams' counts (kinds 5 and 6) — the rows path (officialRows) counts its rows — and, in the
        // key's order, paged on a window of their rows; by slug on a window of them in the order of the slug they carry.
        var starts = Fixture.Sql.Commands.Where(c => c.Contains("FROM \"NameGramCounts\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, starts.Count);
        // short and official (none counted 0: no page read)
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("ORDER BY \"n\".\"EntityId\"", StringComparison.Ordinal)));
        Assert.Single(Fixture.Sql.Commands, c => c.Contains("ORDER BY \"n\".\"Slug\" DESC", StringComparison.Ordinal)
                                                && !c.Contains("\"u\".\"OfficialName\" >= @", StringComparison.Ordinal));
    }
}
