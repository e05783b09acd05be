using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Testing;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A unit filter of several districts (<c>in</c>, or a <c>contains</c> several pass) beside a year or core mark, on
/// indicators: one lifted filter per district (FilterSpec.SplitByCarriedValues), each counted on its budgets' kept
/// counts and paged on its own range, the pages taken together (ValuesUnion) — on the imported seeds, the same
/// rows, counts and pages as through the units' keys.
/// </summary>
public sealed class SeveralDistrictsTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    // The seeds' core indicators: 南岸区 3 (nanping-2024.txt l.436, 451, 472), 江北区 25 (jiangbeicheng-2025.txt), 北碚区 5
    // (chaoyang-2023.txt); 北碚区's 26 indicators are of 2023, 南岸区's 33 of 2024.
    [Theory]
    [InlineData("""districtName: { in: ["南岸区", "江北区"] }""", "isCore: { eq: true }", 28, true)]
    [InlineData("""districtName: { in: ["南岸区", "江北区", "北碚区", "南岸区"] }""", "isCore: { eq: true }", 33, true)]
    [InlineData("""districtName: { contains: "北" }""", "isCore: { eq: true }", 30, true)]
    // 南岸区 has no indicator of 2023: its range is not read, 北碚区's alone is.
    [InlineData("""districtName: { in: ["南岸区", "北碚区"] }""", "year: { eq: 2023 }", 26, false)]
    [InlineData("""districtName: { in: ["南岸区", "北碚区"] }""", "year: { eq: 2023 }, isCore: { eq: true }", 5, false)]
    public async Task Several_districts_beside_a_year_or_core_mark_are_read_district_by_district(string districts, string beside, int count, bool union)
    {
        // Through the units' keys: a second operation beside the districts keeps the unit object (nin of a district no unit has).
        var through = districts.Replace(" }", ", nin: [\"SYNTHETIC 区\"] }", StringComparison.Ordinal);
        var expected = await PagesAsync($$"""unit: { {{through}} }, {{beside}}""");
        Assert.Equal(count, expected.Count);
        fixture.Sql.Clear();
        Assert.Equal(expected, await PagesAsync($$"""unit: { {{districts}} }, {{beside}}"""));
        var commands = fixture.Sql.Commands;
        Assert.Equal(union, commands.Any(c => c.Contains("UNION", StringComparison.Ordinal)));
        Assert.Contains(commands, c => c.Contains("SUM(\"b\".", StringComparison.Ordinal));   // the budgets' kept counts
        Assert.DoesNotContain(commands, c => c.Contains("\"Units\"", StringComparison.Ordinal));

        // From the end too (the count gives the start).
        var last = await fixture.DataAsync($$"""{ indicators(where: { unit: { {{districts}} }, {{beside}} }, last: 3) { totalCount nodes { name } } }""");
        Assert.Equal(count, last.GetProperty("indicators").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.TakeLast(3), last.GetProperty("indicators").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
    }

    [Fact]
    public async Task Beside_an_operator_several_districts_stay_on_the_units_keys()
    {
        // No kept count of a district's indicators of one operator: each district's range would be read to its end.
        fixture.Sql.Clear();
        var data = await fixture.DataAsync("""{ indicators(where: { unit: { districtName: { in: ["南岸区", "江北区"] } }, operator: { eq: "=" } }) { totalCount } }""");
        Assert.True(data.GetProperty("indicators").GetProperty("totalCount").GetInt32() > 0);
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("UNION", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_several_distinct_values_beside_terms_the_index_carries_are_split()
    {
        static Dictionary<string, object?> Where(object? values, params (string Field, object? Value)[] beside)
        {
            var where = new Dictionary<string, object?>
            {
                ["unit"] = new Dictionary<string, object?> { ["districtName"] = new Dictionary<string, object?> { ["in"] = values } },
            };
            foreach (var (field, value) in beside) where[field] = new Dictionary<string, object?> { ["eq"] = value };
            return where;
        }
        var filter = IndicatorQuerySpec.Filter;
        var parts = filter.SplitByCarriedValues(Where(new List<object?> { "南岸区", "江北区", "南岸区" }, ("year", 2024)));
        Assert.NotNull(parts);
        Assert.Equal(2, parts.Count);
        Assert.Equal("南岸区", ((IDictionary<string, object?>)parts[0]["districtName"]!)["eq"]);
        Assert.Equal(2024, ((IDictionary<string, object?>)parts[1]["year"]!)["eq"]);
        Assert.Null(filter.SplitByCarriedValues(Where(new List<object?> { "南岸区", null }, ("year", 2024))));   // null: not a district's range
        Assert.Null(filter.SplitByCarriedValues(Where(new List<object?> { "南岸区" }, ("year", 2024))));         // one: its eq is lifted
        Assert.Null(filter.SplitByCarriedValues(Where(new List<object?> { "南岸区", "江北区" })));                 // alone: the in is lifted
        Assert.Null(filter.SplitByCarriedValues(Where(new List<object?> { "南岸区", "江北区" }, ("numericTarget", 90m))));   // not carried by the index
        Assert.Null(filter.SplitByCarriedValues(Where(Enumerable.Range(0, BudgetGraph.Api.GraphQL.Filtering.FilterSpec<BudgetGraph.Data.Entities.Indicator>.MaxSplitValues + 1).Select(i => (object?)$"区{i}").ToList(), ("year", 2024))));
    }

    // Every match's name in key order, read two at a time through the cursors.
    private async Task<List<string>> PagesAsync(string where)
    {
        var names = new List<string>();
        string? after = null;
        while (true)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var connection = (await fixture.DataAsync($$"""{ indicators(where: { {{where}} }, first: 2{{cursor}}) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }"""))
                .GetProperty("indicators");
            names.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean()) return names;
            after = info.GetProperty("endCursor").GetString();
        }
    }
}
