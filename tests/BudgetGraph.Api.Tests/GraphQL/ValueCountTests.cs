using System.Text.Json;
using BudgetGraph.Api.GraphQL.Indicators;
using BudgetGraph.Api.GraphQL.Projects;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A <c>totalCount</c> filtered on one category column alone (issue 8: the indicators whose operator is ≥, counted over
/// 252,252 at 5,005 disclosures) sums the value counts kept at import instead of counting the rows — and is the number
/// the rows give, for every string operation, null included: the same filter inside <c>and</c>, beside a
/// name every row has, counts the rows, and the two must agree.
/// </summary>
public sealed class ValueCountTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private ImportedSeedsFixture Fixture { get; } = fixture;

    public static TheoryData<string, string> CountedFields()
    {
        var data = new TheoryData<string, string>();
        // The text fields (the year, the core flags, the weight and the target, the district asked through the unit and
        // the card's category asked through the card have their own tests).
        string[] others = ["year", "hasCoreIndicator", "isCore", "weight", "numericTarget", "districtName"];
        foreach (var field in ProjectQuerySpec.Filter.CountedColumns.Keys.Except(others)) data.Add("projects", field);
        foreach (var field in IndicatorQuerySpec.Filter.CountedColumns.Keys.Except([.. others, "category"])) data.Add("indicators", field);
        return data;
    }

    [Fact]
    public void The_counted_fields_are_the_columns_the_importer_counts()
    {
        // (The budgets count only their district: a text match of the unit's district reads its values, CountedValueMatchTests.)
        var kept = Data.Import.ValueCounts.All.Select(c => Data.Import.ValueCounts.Key(c.Table, c.Column)).Order().ToArray();
        Assert.Equal(kept, ProjectQuerySpec.Filter.CountedColumns.Values.Concat(IndicatorQuerySpec.Filter.CountedColumns.Values)
            .Concat(BudgetGraph.Api.GraphQL.Budgets.BudgetQuerySpec.Filter.CountedColumns.Values).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(CountedFields))]
    public async Task A_filter_of_one_counted_column_is_counted_on_its_values_as_the_rows_count_it(string connection, string field)
    {
        var value = await SomeValueAsync(connection, field);
        var part = value[..Math.Max(1, value.Length / 2)];
        var last = value[^1..];
        string[] operations =
        [
            $"{{ eq: {Json(value)} }}", "{ eq: null }", $"{{ neq: {Json(value)} }}", "{ neq: null }",
            $"{{ contains: {Json(part)} }}", $"{{ ncontains: {Json(part)} }}", $"{{ startsWith: {Json(part)} }}",
            $"{{ nstartsWith: {Json(part)} }}", $"{{ endsWith: {Json(last)} }}", $"{{ nendsWith: {Json(last)} }}",
            $"{{ in: [{Json(value)}, null] }}", $"{{ nin: [{Json(value)}] }}", """{ eq: "no such value" }""",
            $$"""{ or: [{ eq: {{Json(value)}} }, { eq: null }] }""", $$"""{ and: [{ contains: {{Json(part)}} }, { neq: {{Json(value)}} }] }""",
        ];
        foreach (var operation in operations) await CountedOnValuesAsOnRowsAsync(connection, field, operation);
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("indicators")]
    public async Task A_filter_of_the_year_alone_is_counted_on_its_values_as_the_rows_count_it(string connection)
    {
        string[] operations =
        [
            "{ eq: 2024 }", "{ eq: 2023 }", "{ neq: 2024 }", "{ eq: null }", "{ neq: null }", "{ gt: 2023 }", "{ gte: 2023 }",
            "{ lt: 2024 }", "{ lte: 2024 }", "{ ngt: 2023 }", "{ in: [2023, 2025] }", "{ nin: [2024] }", "{ eq: 1999 }",
            "{ gte: 2023, lt: 2025 }",
        ];
        var all = await TotalAsync($"{connection}(first: 1)", connection);
        Assert.Equal(all, await TotalAsync($"{connection}(where: {{ year: {{ gte: 2023 }} }}, first: 1)", connection));
        foreach (var operation in operations) await CountedOnValuesAsOnRowsAsync(connection, "year", operation);
    }

    [Theory]
    [InlineData("projects")]
    [InlineData("indicators")]
    public async Task A_unit_filter_of_its_district_alone_is_counted_on_the_rows_copy_as_the_rows_count_it(string connection)
    {
        // The district each card and indicator carries (FilterSpec.Lift) is counted on its values; inside `and` the
        // unit filter is read through the units (no lift), and the two agree. The seeds: 沙坪坝区 holds ciqikou and
        // shandong (15 cards, 87 indicators), 南岸区 nanping (3 and 33).
        var counts = new Dictionary<string, int>();
        foreach (var operation in new[] { "{ eq: \"沙坪坝区\" }", "{ in: [\"沙坪坝区\", \"南岸区\"] }", "{ eq: \"no such district\" }" })
        {
            Fixture.Sql.Clear();
            var counted = await TotalAsync($"{connection}(where: {{ unit: {{ districtName: {operation} }} }}, first: 1)", connection);
            Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
            var rows = await TotalAsync($"{connection}(where: {{ and: [{{ unit: {{ districtName: {operation} }} }}] }}, first: 1)", connection);
            Assert.True(rows == counted, $"{connection} {operation}: {counted} counted on the values, {rows} rows");
            counts[operation] = counted;
        }
        Assert.Equal(connection == "projects" ? [15, 18, 0] : [87, 120, 0], counts.Values);
    }

    [Theory]
    [InlineData("projects", "hasCoreIndicator")]
    [InlineData("indicators", "isCore")]
    public async Task A_filter_of_a_core_flag_alone_is_counted_on_its_values_as_the_rows_count_it(string connection, string field)
    {
        var counts = new Dictionary<string, int>();
        foreach (var operation in new[] { "{ eq: true }", "{ eq: false }", "{ eq: null }", "{ neq: true }", "{ neq: false }", "{ neq: null }", "{ eq: true, neq: false }" })
            counts[operation] = await CountedOnValuesAsOnRowsAsync(connection, field, operation);
        // Some are core and some are not: the test compares real counts, not zeros.
        Assert.True(counts["{ eq: true }"] > 0 && counts["{ eq: false }"] > 0, string.Join(", ", counts));
    }

    [Theory]
    [InlineData("weight")]
    [InlineData("numericTarget")]
    public async Task A_filter_of_a_weight_or_target_alone_is_counted_on_its_values_as_the_rows_count_it(string field)
    {
        // Fixed point, six decimals (a finer one is refused); a bound beyond the column (1e15) is restated on the values
        // as on the rows.
        string[] operations =
        [
            "{ eq: 100 }", "{ eq: 10 }", "{ neq: 100 }", "{ eq: null }", "{ neq: null }", "{ gt: 90 }", "{ gte: 90 }",
            "{ lt: 95.5 }", "{ lte: 10 }", "{ ngt: 20 }", "{ ngte: 100 }", "{ nlt: 80 }", "{ nlte: 30 }",
            "{ in: [5, 10, null] }", "{ nin: [100, 90] }", "{ gte: 10, lt: 100 }", "{ gt: 99.999999 }", "{ lt: 1e15 }",
            "{ gt: -1e15 }", "{ eq: 0.000001 }",
        ];
        var counts = new Dictionary<string, int>();
        foreach (var operation in operations) counts[operation] = await CountedOnValuesAsOnRowsAsync("indicators", field, operation);
        Assert.True(counts["{ eq: 10 }"] > 0 && counts["{ gte: 10, lt: 100 }"] > 0, string.Join(", ", counts));
        // Every indicator has a weight; the 21 qualitative ones (定性) have a text target and no numeric one.
        var qualitative = await TotalAsync("""indicators(where: { textTarget: { neq: null } }, first: 1)""", "indicators");
        Assert.Equal(21, qualitative);
        Assert.Equal(field == "weight" ? 0 : qualitative, counts["{ eq: null }"]);
        Assert.Equal(252, counts["{ eq: null }"] + counts["{ neq: null }"]);
    }

    [Fact]
    public async Task Indicators_by_operator_add_up_to_every_indicator()
    {
        // The seeds' 252 indicators (truth.json's cards and goals): each operator's count, and the rest, add up to all of them.
        var all = await TotalAsync("indicators(first: 1)", "indicators");
        Assert.Equal(252, all);
        var byOperator = 0;
        foreach (var op in new[] { "≥", "≤", "=", "定性" })
        {
            var count = await TotalAsync($$"""indicators(where: { operator: { eq: "{{op}}" } }, first: 1)""", "indicators");
            Assert.True(count > 0, op);
            byOperator += count;
        }
        var other = await TotalAsync("""indicators(where: { operator: { nin: ["≥", "≤", "=", "定性"] } }, first: 1)""", "indicators");
        Assert.Equal(all, byOperator + other);
    }

    /// <summary>
    /// The <c>totalCount</c> of <paramref name="field"/>: <paramref name="operation"/> alone, summed on the value counts (no
    /// COUNT over the table), and the same filter inside <c>and</c>, counted on the rows (no value counts read): equal.
    /// </summary>
    private async Task<int> CountedOnValuesAsOnRowsAsync(string connection, string field, string operation)
    {
        var table = connection == "projects" ? "Projects" : "Indicators";
        Fixture.Sql.Clear();
        var counted = await TotalAsync($"{connection}(where: {{ {field}: {operation} }}, first: 1)", connection);
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ValueCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains($"COUNT(*)\nFROM \"{table}\"", StringComparison.Ordinal));

        // (Beside a name every row has, which no kept count holds: an indicator's columns inside `and` alone are counted on
        // the kept counts of their combinations, FacetCountTests.)
        Fixture.Sql.Clear();
        var rows = await TotalAsync($"{connection}(where: {{ and: [{{ {field}: {operation} }}, {{ name: {{ neq: \"\" }} }}] }}, first: 1)", connection);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("ValueCounts", StringComparison.Ordinal) || c.Contains("FacetCounts", StringComparison.Ordinal));
        Assert.True(rows == counted, $"{connection} {field} {operation}: {counted} counted on the values, {rows} rows");
        return counted;
    }

    /// <summary>A non-null value of the field on some row.</summary>
    private async Task<string> SomeValueAsync(string connection, string field)
    {
        var data = await Fixture.DataAsync($"{{ {connection}(where: {{ {field}: {{ neq: null }} }}, first: 1) {{ nodes {{ {field} }} }} }}");
        var node = Assert.Single(data.GetProperty(connection).GetProperty("nodes").EnumerateArray());
        return node.GetProperty(field).GetString()!;
    }

    private async Task<int> TotalAsync(string selection, string connection) =>
        (await Fixture.DataAsync($"{{ {selection} {{ totalCount }} }}")).GetProperty(connection).GetProperty("totalCount").GetInt32();

    private static string Json(string text) => JsonSerializer.Serialize(text);
}
