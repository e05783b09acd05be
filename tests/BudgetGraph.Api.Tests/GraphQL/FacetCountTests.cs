using BudgetGraph.Api.GraphQL.Indicators;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A <c>totalCount</c> of indicators filtered by their year, levels, operator, core mark, weight, card category, unit
/// of measure and targets, however combined (issue 8: the core indicators of ≥ counted on 330,033 index entries at 50,005 disclosures, 165 ms),
/// sums the kept counts of the combinations that pass the filter (<c>FilterSpec.CountedOnFacets</c>) — and is the number
/// the rows give: the same filter beside a term no kept count holds (every indicator has a name) counts the rows.
/// </summary>
public sealed class FacetCountTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private ImportedSeedsFixture Fixture { get; } = fixture;

    // A term every indicator passes that only the rows can test: beside it, the same filter is counted on the rows.
    private const string OnRows = """{ name: { neq: "" } }""";

    [Fact]
    public async Task The_core_indicators_of_an_operator_are_counted_on_the_combinations()
    {
        // Each line of 是 with ≥ in the texts: chaoyang 4 (l.460, 462, 481, 503), jiangbeicheng 21, nanping 3 (l.436,
        // 451, 472); ciqikou and shandong mark none core.
        Assert.Equal(28, await CountedOnFacetsAsOnRowsAsync("""isCore: { eq: true }, operator: { eq: "≥" }"""));
    }

    [Fact]
    public async Task The_core_indicators_of_a_unit_of_measure_and_an_operator_are_counted_on_the_combinations()
    {
        // Of those 28, the ones in %: chaoyang's four (l.460, 462, 481, 503) and jiangbeicheng's l.484, 489 and 678;
        // nanping's three are in 人次, 亿元 and 件.
        Assert.Equal(7, await CountedOnFacetsAsOnRowsAsync("""unitOfMeasure: { eq: "%" }, isCore: { eq: true }, operator: { eq: "≥" }"""));
    }

    [Fact]
    public async Task The_core_indicators_of_an_operator_and_a_numeric_target_range_are_counted_on_the_combinations()
    {
        // Of those 28, the ones of 100 or more: jiangbeicheng's l.486 (14000 人/年), 490 (3900), 559 (3000), 580 (5000),
        // 622 (15000), 743 (1000), 761 (1000), 819 (4800 案件数) and nanping's l.436 (1500 人次) and 472 (100 件).
        Assert.Equal(10, await CountedOnFacetsAsOnRowsAsync("""isCore: { eq: true }, operator: { eq: "≥" }, numericTarget: { gte: 100 }"""));
    }

    [Fact]
    public async Task A_qualitative_target_of_a_year_is_counted_on_the_combinations()
    {
        // 良好 in 2024: ciqikou-2024.txt's nine and shandong-2024.txt's three (l.359, 428, 515).
        Assert.Equal(12, await CountedOnFacetsAsOnRowsAsync("""textTarget: { eq: "良好" }, year: { eq: 2024 }"""));
    }

    private static readonly string[] CombinedTerms =
    [
        """level1: { eq: "产出指标" }, operator: { eq: "≥" }""",
        """or: [{ isCore: { eq: true } }, { weight: { gte: 20 } }]""",
        """or: [{ level1: { eq: "满意度指标" } }, { isCore: { eq: true } }]""",
        """or: [{ operator: { eq: "≤" } }, { operator: { eq: "=" } }]""",
        """and: [{ year: { gte: 2024 } }, { or: [{ isCore: { eq: false } }, { operator: { in: ["≤", "定性"] } }] }]""",
        """year: { eq: 2024 }, isCore: { eq: null }, level2: { startsWith: "数量" }""",
        """level1: { contains: "效益" }, weight: { lt: 10.5 }""",
        """level2: { neq: null }, operator: { nin: ["≥"] }, weight: { in: [10, 20, null] }""",
        """isCore: { neq: true }, year: { ngt: 2023 }""",
        """level1: { endsWith: "指标" }, isCore: { eq: true }, weight: { gt: 99.999999 }""",
        """operator: { eq: "no such operator" }, isCore: { eq: true }""",
        """unitOfMeasure: { eq: "%" }, operator: { eq: "≥" }""",
        """or: [{ unitOfMeasure: { in: ["次", "人次"] } }, { isCore: { eq: true } }]""",
        """unitOfMeasure: { eq: null }, level1: { neq: "满意度指标" }""",
        """unitOfMeasure: { contains: "人" }, year: { lte: 2024 }, weight: { gte: 5 }""",
        """unitOfMeasure: { startsWith: "万" }, operator: { neq: null }""",
        """numericTarget: { gte: 100 }, operator: { eq: "≥" }""",
        """numericTarget: { lt: 90 }, unitOfMeasure: { eq: "%" }, year: { in: [2023, 2025] }""",
        """numericTarget: { eq: null }, textTarget: { neq: null }""",
        """or: [{ isCore: { eq: true } }, { textTarget: { neq: null } }]""",
        """textTarget: { in: ["良好", "有效提升"] }, level1: { neq: "满意度指标" }""",
    ];

    public static TheoryData<string> Combinations() => new(CombinedTerms);

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task A_combination_of_their_columns_is_counted_on_the_combinations_as_the_rows_count_it(string terms) =>
        await CountedOnFacetsAsOnRowsAsync(terms);

    [Fact]
    public async Task Some_combinations_count_rows_and_none_all_of_them()
    {
        // The theory's filters are not all empty nor all everything (252 indicators in the seeds).
        var counts = new List<int>();
        foreach (var terms in CombinedTerms) counts.Add(await CountedOnFacetsAsOnRowsAsync(terms));
        Assert.Contains(counts, c => c is > 0 and < 252);
        Assert.Contains(0, counts);
    }

    [Theory]
    [InlineData("""year: { eq: 2024 }, hasCoreIndicator: { eq: true }""", 3)]
    [InlineData("""or: [{ hasCoreIndicator: { eq: true } }, { category: { eq: "一般性项目" } }]""", -1)]
    [InlineData("""year: { gte: 2024 }, category: { eq: null }, hasCoreIndicator: { eq: false }""", 15)]
    public async Task A_combination_of_a_cards_columns_is_counted_on_its_combinations_as_the_rows_count_it(string terms, int expected)
    {
        // The seeds' cards of 2024 with a core indicator: nanping's three (l.436, 451, 472, one on each); ciqikou's and
        // shandong's 15 (truth.json) mark none core, and only chaoyang's (2023) print a category.
        Fixture.Sql.Clear();
        var counted = await TotalAsync(terms, "projects");
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"ProjectFacetCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
        Fixture.Sql.Clear();
        var rows = await TotalAsync($"and: [{{ {terms} }}, {OnRows}]", "projects");
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FacetCounts", StringComparison.Ordinal) || c.Contains("ValueCounts", StringComparison.Ordinal));
        Assert.Equal(rows, counted);
        Assert.True(counted > 0, terms);
        if (expected >= 0) Assert.Equal(expected, counted);
    }

    [Theory]
    [InlineData("""level3: { neq: null }, operator: { eq: "≥" }""")]
    [InlineData("""or: [{ isCore: { eq: true } }, { level3: { neq: null } }]""")]
    [InlineData("""unit: { slug: { eq: "nanping" } }, isCore: { eq: true }""")]
    public async Task A_filter_of_another_column_is_not_counted_on_the_combinations(string terms)
    {
        Fixture.Sql.Clear();
        var total = await TotalAsync(terms);
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("IndicatorFacetCounts", StringComparison.Ordinal));
        Assert.True(total > 0, terms);
    }

    [Fact]
    public void The_combinations_columns_are_filter_fields_of_the_indicators()
    {
        // Each column combined is a property of the kept row, of the same type as the indicator's.
        foreach (var column in Data.Import.FacetCounts.Indicators.Columns)
            Assert.Equal(typeof(Data.Entities.Indicator).GetProperty(column)!.PropertyType,
                typeof(Data.Entities.IndicatorFacetCount).GetProperty(column)!.PropertyType);
        Assert.NotNull(IndicatorQuerySpec.Filter);
    }

    /// <summary>
    /// The <c>totalCount</c> of <paramref name="terms"/>, summed on the combinations (no COUNT over the indicators), and
    /// of the same terms beside <see cref="OnRows"/>, counted on the rows (no kept count read): equal.
    /// </summary>
    private async Task<int> CountedOnFacetsAsOnRowsAsync(string terms)
    {
        Fixture.Sql.Clear();
        var counted = await TotalAsync(terms);
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("FROM \"IndicatorFacetCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal) && c.Contains("FROM \"Indicators\"", StringComparison.Ordinal));

        Fixture.Sql.Clear();
        var rows = await TotalAsync($"and: [{{ {terms} }}, {OnRows}]");
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("FacetCounts", StringComparison.Ordinal) || c.Contains("ValueCounts", StringComparison.Ordinal));
        Assert.True(rows == counted, $"{terms}: {counted} counted on the combinations, {rows} rows");
        return counted;
    }

    private async Task<int> TotalAsync(string terms, string connection = "indicators") =>
        (await Fixture.DataAsync($"{{ {connection}(where: {{ {terms} }}, first: 3) {{ totalCount nodes {{ id }} }} }}"))
        .GetProperty(connection).GetProperty("totalCount").GetInt32();
}
