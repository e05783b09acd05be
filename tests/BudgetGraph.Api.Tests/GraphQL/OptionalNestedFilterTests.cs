namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// An indicator's <c>project</c> filter never matches an overall-goal indicator, which has no card (the field's
/// description says so), even under an operation that matches null. The seeds hold 252 indicators: 209 on the cards,
/// 43 of the overall goals (<c>../shared/truth/truth.json</c>).
/// </summary>
public sealed class OptionalNestedFilterTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private async Task<int> CountAsync(string where) =>
        (await fixture.DataAsync($"{{ indicators(where: {where}) {{ totalCount }} }}")).GetProperty("indicators").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Operations_that_match_null_do_not_match_indicators_without_a_card()
    {
        Assert.Equal(252, await CountAsync("{}"));
        // Every card has a name: before, the 43 overall-goal indicators matched through the join's nulls.
        Assert.Equal(0, await CountAsync("""{ project: { name: { eq: null } } }"""));
        // Every card's indicators, and none of the overall goals' (before: 252).
        Assert.Equal(209, await CountAsync("""{ project: { name: { neq: "不存在" } } }"""));
        Assert.Equal(209, await CountAsync("""{ project: { name: { nin: ["不存在"] } } }"""));
    }

    [Fact]
    public async Task An_empty_nested_filter_still_filters_nothing()
    {
        Assert.Equal(252, await CountAsync("""{ project: {} }"""));
    }
}
