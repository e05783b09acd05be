using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A unit filter of its district's <c>eq</c> beside terms of the row's district index (an indicator's year, core mark,
/// operator or level; a card's year, core flag or category; a budget's year): read from the row's own copy of the
/// district and that index (FilterSpec.Lift, TestedOnCarriedIndex), on the imported seeds — the same rows as through the
/// units' keys, and the plans that read them.
/// </summary>
public sealed class DistrictBesideTermsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    // nanping-2024.txt, 南岸区's one disclosure: 33 indicators, of which 3 core (安全检查人次, 微企孵化基地产值,
    // 社区牵头解决问题数量: l.436, 451, 472), 19 not, 11 without the mark; their operators ≥ 25 and = 8. Expected: the same filter with the
    // district as an `in`, which is not lifted (read through the units' keys).
    [Theory]
    [InlineData("isCore: { eq: true }", 3, "isCore: { eq: true }")]
    [InlineData("year: { eq: 2024 }", 33, "year: { eq: 2024 }")]
    [InlineData("operator: { eq: \"=\" }, isCore: { eq: false }", 5, "operator: { eq: \"=\" }, isCore: { eq: false }")]
    public async Task A_district_beside_a_term_its_index_carries_pages_in_key_order_from_that_index_alone(string beside, int count, string sameTerms)
    {
        // FilterSpec.Lift moves the district's eq beside a year, core mark, operator or level to the indicator's own copy, and
        // those terms are tested in IX_Indicators_DistrictName_Categories' entries (the district, the key, then their
        // columns): the page is its first entries in key order, no term's own index read, nothing sorted; before, the
        // window's keys were listed over the units' keys and sorted (南岸区's core indicators at 50,005 disclosures: 28 →
        // 2.9 ms without a count).
        var expected = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { in: ["南岸区"] } }, {{sameTerms}} }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(count, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var data = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { eq: "南岸区" } }, {{beside}} }, first: 50) { nodes { id name } } }""");
        Assert.Equal(expected.GetProperty("indicators").GetProperty("nodes").GetRawText(), data.GetProperty("indicators").GetProperty("nodes").GetRawText());
        var commands = fixture.Sql.Commands.ToList();
        var index = commands.FindIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Units\"", commands[index], StringComparison.Ordinal);
        var plan = await PlansAsync([(commands[index], fixture.Sql.Parameters[index])]);
        Assert.Equal("SEARCH i USING INDEX IX_Indicators_DistrictName_Categories (DistrictName=?)\n", plan);

        // Counted: on the rows, from that index alone; a district's year or core ones: its budgets' kept counts of them
        // (CountOverBudgets).
        fixture.Sql.Clear();
        var counted = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { eq: "南岸区" } }, {{beside}} }, first: 50) { totalCount nodes { id name } } }""");
        Assert.Equal(expected.GetRawText(), counted.GetRawText());
        commands = fixture.Sql.Commands.ToList();
        var plans = await PlansAsync(commands.Select((sql, i) => (sql, fixture.Sql.Parameters[i])).Where(c => !c.sql.Contains("\"ValueCounts\"", StringComparison.Ordinal)));
        Assert.DoesNotContain("Units", plans, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plans, StringComparison.Ordinal);
        if (beside.StartsWith("year", StringComparison.Ordinal))
            Assert.Contains(commands, c => c.Contains("SUM(\"b\".\"IndicatorRows\")", StringComparison.Ordinal));
        else if (beside.StartsWith("isCore", StringComparison.Ordinal))
            Assert.Contains(commands, c => c.Contains("SUM(\"b\".\"CoreIndicatorRows\")", StringComparison.Ordinal));
        else
            Assert.Contains("SEARCH i USING COVERING INDEX IX_Indicators_DistrictName_Categories (DistrictName=?)", plans, StringComparison.Ordinal);
    }

    // chaoyang-2023.txt, 北碚区's one disclosure: two cards, both 一般性项目 with a core indicator (清扫保洁服务外包 l.473,
    // 文化事务 l.494); nanping-2024.txt: 南岸区's three cards of 2024, each with a core indicator.
    [Theory]
    [InlineData("projects", "北碚区", "category: { eq: \"一般性项目\" }", "name", "p", "IX_Projects_DistrictName_Categories", 2)]
    [InlineData("projects", "南岸区", "hasCoreIndicator: { eq: true }, year: { eq: 2024 }", "name", "p", "IX_Projects_DistrictName_Categories", 3)]
    [InlineData("budgets", "北碚区", "year: { eq: 2023 }", "year", "b", "IX_Budgets_DistrictName_Year", 1)]
    public async Task A_cards_or_budgets_district_beside_a_term_its_index_carries_is_read_there_too(string connection, string district,
        string beside, string field, string alias, string index, int count)
    {
        var expected = await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { in: ["{{district}}"] } }, {{beside}} }, first: 50) { totalCount nodes { id {{field}} } } }""");
        Assert.Equal(count, expected.GetProperty(connection).GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var counted = await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "{{district}}" } }, {{beside}} }, first: 50) { totalCount nodes { id {{field}} } } }""");
        Assert.Equal(expected.GetRawText(), counted.GetRawText());
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
        // A card's district beside its year, core mark or category is counted on the cards' kept combinations, which hold
        // the district (FacetCounts.Projects; 南岸区's cards of 2024 at 50,005 disclosures: 8.2 → 2.7 ms), never on the rows.
        if (connection == "projects")
        {
            Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"ProjectFacetCounts\"", StringComparison.Ordinal));
            Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        }
        fixture.Sql.Clear();
        await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "{{district}}" } }, {{beside}} }, first: 50) { nodes { id {{field}} } } }""");
        var commands = fixture.Sql.Commands.ToList();
        var page = commands.FindLastIndex(c => !c.Contains("Counts\"", StringComparison.Ordinal));
        var plan = await PlansAsync([(commands[page], fixture.Sql.Parameters[page])]);
        // The page: the district's entries of that index, read in key order — or, the matches counted few on the kept
        // combinations (a card's), listed from them and their rows read by key, in key order.
        Assert.Matches($@"(^|\n) *SEARCH {alias}0? USING (COVERING )?INDEX {index} \(DistrictName=\?\)\n", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    // nanping-2024.txt: 南岸区's three cards, all of 2024; chaoyang-2023.txt: 北碚区's two, of 2023.
    [Theory]
    [InlineData(2024, 3)]
    [InlineData(2023, 2)]
    [InlineData(2025, 0)]
    public async Task Several_districts_cards_beside_a_year_are_counted_on_the_kept_combinations(int year, int count)
    {
        // Expected: beside a negation of a district no unit has (not lifted: counted on the rows, through the units' keys).
        var expected = await fixture.DataAsync($$"""{ projects(where: { unit: { districtName: { in: ["南岸区", "北碚区"], nin: ["SYNTHETIC 区"] } }, year: { eq: {{year}} } }, first: 2) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(count, expected.GetProperty("projects").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var counted = await fixture.DataAsync($$"""{ projects(where: { unit: { districtName: { in: ["南岸区", "北碚区"] } }, year: { eq: {{year}} } }, first: 2) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(expected.GetRawText(), counted.GetRawText());
        // One read per district in its range of the cards' district index, in key order, each district counted on the
        // cards' kept combinations (ValuesUnion; FilterSpec.CountOnCombinations): no unit read (at 50,005 disclosures
        // two districts' cards of 2024 20.7 → 3.4 ms; three districts' last page 266 → 2.9 ms).
        Assert.Equal(2, fixture.Sql.Commands.Count(c => c.Contains("FROM \"ProjectFacetCounts\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rare_term_beside_a_district_is_read_from_its_own_index()
    {
        // 成本指标 is the second level of one indicator of the seeds (chaoyang-2023.txt l.483, 单位面积服务费, 北碚区's),
        // counted once in the value counts: fewer than one in eight of 北碚区's 26 (EntityQueries.ScatteredRowCost), so its
        // own index is read and the district tested on that row, not the district's 26 entries.
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "北碚区" } }, level2: { eq: "成本指标" } }, first: 5) { nodes { name } } }""");
        Assert.Equal("单位面积服务费", Assert.Single(data.GetProperty("indicators").GetProperty("nodes").EnumerateArray()).GetProperty("name").GetString());
        var commands = fixture.Sql.Commands.ToList();
        var index = commands.FindIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        var plan = await PlansAsync([(commands[index], fixture.Sql.Parameters[index])]);
        // (Counted on 北碚区's kept counts, one match: the page through the matches' ids, KeyOrderPage.ReadThroughIdsAsync.)
        Assert.Contains("IX_Indicators_Level2_Orders (Level2=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("IX_Indicators_DistrictName_Categories", plan, StringComparison.Ordinal);
    }

    // The seeds' indicators in each district (ValueCounts.InDistricts): 南岸区's 33 (nanping-2024.txt) are 25 ≥ and 8 =,
    // none ≤, none with a level; 北碚区's one ≤ is chaoyang-2023.txt l.455 (到市集访、进京非访, ≤ 2 起); 沙坪坝区's first
    // levels (ciqikou-2024.txt) are 25 产出, 10 效益 and 10 满意度, the other 42 have none (null, which neq keeps); its
    // second levels 数量 22 and 质量 1.
    [Theory]
    [InlineData("南岸区", "operator: { eq: \"≤\" }", "operator: { in: [\"≤\"] }", 0)]
    [InlineData("南岸区", "level1: { eq: \"满意度指标\" }", "level1: { in: [\"满意度指标\"] }", 0)]
    [InlineData("北碚区", "operator: { eq: \"≤\" }", "operator: { in: [\"≤\"] }", 1)]
    [InlineData("沙坪坝区", "level1: { neq: \"产出\" }", "level1: { nin: [\"产出\"] }", 62)]
    [InlineData("沙坪坝区", "level2: { in: [\"数量\", \"质量\"] }", "level2: { in: [\"质量\", \"数量\"] }", 23)]
    public async Task A_districts_indicators_of_an_operator_or_level_are_counted_on_its_kept_counts(string district, string term,
        string sameTerm, int count)
    {
        // Expected: the district beside a negation of a district no unit has (not lifted, read through the units' keys and
        // counted on the rows).
        var expected = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { in: ["{{district}}"], nin: ["SYNTHETIC 区"] } }, {{sameTerm}} }, first: 50) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(count, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var counted = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { eq: "{{district}}" } }, {{term}} }, first: 50) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(expected.GetRawText(), counted.GetRawText());
        // Counted on the district's kept counts of that column, never on the rows.
        var kept = fixture.Sql.Commands.ToList().FindIndex(c => c.Contains("\"ValueCounts\"", StringComparison.Ordinal) && c.Contains("\"DistrictName\" = @", StringComparison.Ordinal));
        Assert.StartsWith("SEARCH v USING COVERING INDEX IX_ValueCounts_Column_DistrictName_Value (Column=? AND DistrictName=?",
            await PlansAsync([(fixture.Sql.Commands[kept], fixture.Sql.Parameters[kept])]), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal) && c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        // None in the district: no indicator read at all, with or without totalCount (at 50,005 disclosures 南岸区's
        // 330,033 entries were read for the page, 45 ms).
        fixture.Sql.Clear();
        var page = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { eq: "{{district}}" } }, {{term}} }, first: 50) { nodes { id name } } }""");
        Assert.Equal(expected.GetProperty("indicators").GetProperty("nodes").GetRawText(), page.GetProperty("indicators").GetProperty("nodes").GetRawText());
        if (count == 0) Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
    }

    // Several districts beside an operator or level: 北碚区's 26 indicators name no 产出 first level and 沙坪坝区's 62 (as
    // above); 北碚区's one ≤ and 南岸区's none; 沙坪坝区's 23 of 数量 or 质量, 北碚区's and 江北区's none.
    [Theory]
    [InlineData("\"北碚区\", \"沙坪坝区\"", "level1: { neq: \"产出\" }", 88)]
    [InlineData("\"北碚区\", \"南岸区\"", "operator: { eq: \"≤\" }", 1)]
    [InlineData("\"北碚区\", \"沙坪坝区\", \"江北区\"", "level2: { in: [\"数量\", \"质量\"] }", 23)]
    public async Task Several_districts_indicators_of_an_operator_or_level_are_counted_on_their_kept_counts(string districts, string term, int count)
    {
        // The districts stay on the unit (Lift: several beside another term are read through the units' keys); counted as
        // their own, on the districts' kept counts of that column — at 50,005 disclosures 江北区's and 北碚区's indicators
        // of ≤ were counted through the units' keys, 1,060,106 + 170,017 entries, 81 ms.
        var expected = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { in: [{{districts}}], nin: ["SYNTHETIC 区"] } }, {{term}} }, first: 50) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(count, expected.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        fixture.Sql.Clear();
        var counted = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { in: [{{districts}}] } }, {{term}} }, first: 50) { totalCount nodes { id name } pageInfo { hasNextPage } } }""");
        Assert.Equal(expected.GetRawText(), counted.GetRawText());
        var kept = fixture.Sql.Commands.ToList().FindIndex(c => c.Contains("\"ValueCounts\"", StringComparison.Ordinal) && c.Contains("\"DistrictName\" IN (", StringComparison.Ordinal));
        Assert.True(kept >= 0, string.Join("\n---\n", fixture.Sql.Commands));
        Assert.StartsWith("SEARCH v USING COVERING INDEX IX_ValueCounts_Column_DistrictName_Value (Column=? AND DistrictName=?",
            await PlansAsync([(fixture.Sql.Commands[kept], fixture.Sql.Parameters[kept])]), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(", StringComparison.Ordinal) && c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        // The count alone: that one read, no page planned (the units' rows are not listed).
        fixture.Sql.Clear();
        var alone = await fixture.DataAsync($$"""{ indicators(where: { unit: { districtName: { in: [{{districts}}] } }, {{term}} }) { totalCount } }""");
        Assert.Equal(count, alone.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Contains("FROM \"ValueCounts\"", Assert.Single(fixture.Sql.Commands), StringComparison.Ordinal);
    }

    private Task<string> PlansAsync(IEnumerable<(string Sql, IReadOnlyDictionary<string, object?> Parameters)> commands) =>
        QueryPlan.ExplainAllAsync(fixture.DatabasePath, commands);
}
