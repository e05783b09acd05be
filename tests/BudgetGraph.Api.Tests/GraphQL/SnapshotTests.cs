using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Whole responses of representative queries over the imported seeds (what the service serves), compared with
/// reviewed snapshots in __snapshots__. Strict mode (<see cref="SnapshotStrictMode"/>): a missing snapshot fails.
/// </summary>
public sealed class SnapshotTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Snapshot_unit_with_budget_totals_and_source_document()
    {
        Snapshot.Match(await Response("""
            { unit(slug: "nanping") { id slug name shortName englishName unitCode district { name englishName }
                budgets { year sourceDocument { fileName } totals { income expenditure basic project generalPublicBudget carryOver procurement } } } }
            """));
    }

    [Fact]
    public async Task Snapshot_expenditure_tree_of_a_budget()
    {
        Snapshot.Match(await Response("""
            { budget(unitSlug: "nanping", year: 2024) { year expenditureTree { code name level total basic project line children { code name total children { code name total basic project } } } } }
            """));
    }

    [Fact]
    public async Task Snapshot_projects_over_100_wan_yuan_in_2024_and_2025_with_core_indicators()
    {
        Snapshot.Match(await Response("""
            { projects(where: { year: { in: [2024, 2025] }, amount: { gt: 100 } }, order: [{ amount: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { name amount year unit { shortName } source { fileName line }
                  indicators(where: { isCore: { eq: true } }) { name weight operator numericTarget unitOfMeasure } } } } }
            """));
    }

    [Fact]
    public async Task Snapshot_not_found_and_page_size_errors()
    {
        Snapshot.Match(await Response("""{ unit(slug: "nowhere") { name } projects(first: 100) { totalCount } }"""));
    }

    // Numbers are read as decimal so snapshots show amounts exactly as served.
    private async Task<JToken> Response(string query) =>
        JsonConvert.DeserializeObject<JToken>(await fixture.ExecuteJsonAsync(query),
            new JsonSerializerSettings { FloatParseHandling = FloatParseHandling.Decimal })!;
}
