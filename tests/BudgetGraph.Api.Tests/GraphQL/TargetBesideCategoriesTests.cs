namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A qualitative or numeric target beside an indicator's categories (year, core mark, operator, unit of measure, levels)
/// is counted on the kept combinations, which hold the targets since session 52 (issue 8: 2024's 良好 read each of the
/// year's rows from its index at 5,005 disclosures; ≥ beside a target of 100 or more read the target's index range whole,
/// 76 ms at 50,005), and its page read from the first key they bound; on the seeds as imported.
/// </summary>
public sealed class TargetBesideCategoriesTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    // 良好 in 2024: ciqikou-2024.txt's nine (l.135, 200 … the tenth 良好 there is in its narrative, l.10) and
    // shandong-2024.txt's three (l.359, 428, 515), each a qualitative (定性) indicator.
    [InlineData("""textTarget: { eq: "良好" }, year: { eq: 2024 }""", 12)]
    [InlineData("""textTarget: { eq: "良好" }, operator: { eq: "定性" }""", 12)]
    // With 有效提升: chaoyang-2023.txt's l.506 and 507 (定性 too).
    [InlineData("""textTarget: { in: ["良好", "有效提升"] }, operator: { eq: "定性" }""", 14)]
    [InlineData("""textTarget: { in: ["良好", "有效提升"] }, operator: { eq: "定性" }, year: { eq: 2024 }""", 12)]
    // ≥ and 100 or more, core: jiangbeicheng-2025.txt's l.486, 490, 559, 580, 622, 743, 761, 819, nanping-2024.txt's l.436, 472.
    [InlineData("""numericTarget: { gte: 100 }, operator: { eq: "≥" }, isCore: { eq: true }""", 10)]
    public async Task A_target_beside_categories_is_counted_on_the_combinations(string terms, int expected)
    {
        fixture.Sql.Clear();
        var indicators = (await fixture.DataAsync($$"""{ indicators(where: { {{terms}} }, first: 20) { totalCount nodes { id } } }""")).GetProperty("indicators");
        Assert.Equal(expected, indicators.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, indicators.GetProperty("nodes").GetArrayLength());
        Assert.Contains(fixture.Sql.Commands, c => c.Contains("FROM \"IndicatorFacetCounts\"", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Sql.Commands, c => c.Contains("COUNT(*)", StringComparison.Ordinal));
    }
}
