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
        fixture.Sql.Clear();
        await fixture.DataAsync($$"""{ {{connection}}(where: { unit: { districtName: { eq: "{{district}}" } }, {{beside}} }, first: 50) { nodes { id {{field}} } } }""");
        var commands = fixture.Sql.Commands.ToList();
        var page = commands.FindLastIndex(c => !c.Contains("\"ValueCounts\"", StringComparison.Ordinal));
        var plan = await PlansAsync([(commands[page], fixture.Sql.Parameters[page])]);
        Assert.Matches($@"^SEARCH {alias} USING (COVERING )?INDEX {index} \(DistrictName=\?\)\n$", plan);
    }

    [Fact]
    public async Task A_rare_term_beside_a_district_is_read_from_its_own_index()
    {
        // 成本指标 is the second level of one indicator of the seeds (chaoyang-2023.txt l.483, 单位面积服务费), counted once
        // in the value counts: fewer than one in eight of 南岸区's 33 (EntityQueries.ScatteredRowCost), so its own index is
        // read and the district tested on that row, not the district's 33 entries.
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { eq: "南岸区" } }, level2: { eq: "成本指标" } }, first: 5) { nodes { id } } }""");
        Assert.Equal(0, data.GetProperty("indicators").GetProperty("nodes").GetArrayLength());
        var commands = fixture.Sql.Commands.ToList();
        var index = commands.FindIndex(c => c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));
        var plan = await PlansAsync([(commands[index], fixture.Sql.Parameters[index])]);
        Assert.StartsWith("SEARCH i USING INDEX IX_Indicators_Level2 (Level2=?)", plan, StringComparison.Ordinal);
        var elsewhere = await fixture.DataAsync("""{ indicators(where: { level2: { eq: "成本指标" } }, first: 5) { nodes { unit { slug } } } }""");
        Assert.Equal("chaoyang", Assert.Single(elsewhere.GetProperty("indicators").GetProperty("nodes").EnumerateArray())
            .GetProperty("unit").GetProperty("slug").GetString());
    }

    private Task<string> PlansAsync(IEnumerable<(string Sql, IReadOnlyDictionary<string, object?> Parameters)> commands) =>
        QueryPlan.ExplainAllAsync(fixture.DatabasePath, commands);
}
