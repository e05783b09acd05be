namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A qualitative or numeric target beside an indicator's categories (year, core mark, operator, unit of measure, levels)
/// is counted in the target's own index, which holds those columns after it (<c>FilterSpec.IndexCarries</c>), each
/// entry tested there without reading a row (issue 8: 2024's 良好 read each of the year's rows from its index at 5,005
/// disclosures), on the seeds as imported.
/// </summary>
public sealed class TargetBesideCategoriesTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    // 良好 in 2024: ciqikou-2024.txt's nine (l.135, 200 … the tenth 良好 there is in its narrative, l.10) and
    // shandong-2024.txt's three (l.359, 428, 515), each a qualitative (定性) indicator.
    [InlineData("""textTarget: { eq: "良好" }, year: { eq: 2024 }""", 12, "IX_Indicators_TextTarget_Categories (TextTarget=?)")]
    [InlineData("""textTarget: { eq: "良好" }, operator: { eq: "定性" }""", 12, "IX_Indicators_TextTarget_Categories (TextTarget=?)")]
    // With 有效提升: chaoyang-2023.txt's l.506 and 507 (定性 too).
    [InlineData("""textTarget: { in: ["良好", "有效提升"] }, operator: { eq: "定性" }""", 14, "IX_Indicators_TextTarget_Categories (TextTarget=?)")]
    [InlineData("""textTarget: { in: ["良好", "有效提升"] }, operator: { eq: "定性" }, year: { eq: 2024 }""", 12, "IX_Indicators_TextTarget_Categories (TextTarget=?)")]
    [InlineData("""numericTarget: { gte: 100 }, operator: { eq: "≥" }""", -1, "IX_Indicators_NumericTarget_Name_Categories (NumericTarget>?)")]
    public async Task A_target_beside_categories_is_counted_in_its_own_index(string terms, int expected, string index)
    {
        var plan = await fixture.PlanOfAsync($$"""{ indicators(where: { {{terms}} }) { totalCount } }""", "COUNT(");
        Assert.Contains("USING COVERING INDEX " + index, plan);
        var total = (await fixture.DataAsync($$"""{ indicators(where: { {{terms}} }) { totalCount } }""")).GetProperty("indicators").GetProperty("totalCount").GetInt32();
        if (expected >= 0) Assert.Equal(expected, total);
        else Assert.True(total > 0, terms);
    }
}
