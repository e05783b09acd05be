namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A cached command keeps one built command (text and typed parameters) for every request; each run rents its own
/// command instance from the request's connection and binds its own values. Many requests running the same cached
/// commands at once — batches of several sizes, a lookup with a variable — answer exactly as one request alone.
/// </summary>
public class CachedCommandConcurrencyTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private const string Nested =
        "{ units(first: 50) { nodes { slug name budgets { year totals { expenditure } projects { name amount indicators { name weight operator numericTarget textTarget isCore } } } } } }";
    private const string Lookup = "query U($slug: String!) { unit(slug: $slug) { slug shortName budgets { year expenditureLines(order: [{ code: ASC }]) { code name total } } } }";

    [Fact]
    public async Task Requests_running_the_same_cached_commands_at_once_answer_as_one_alone()
    {
        var nested = GraphQLParser.Parser.Parse(Nested);
        var lookup = GraphQLParser.Parser.Parse(Lookup);
        string[] slugs = ["nanping", "shandong", "ciqikou"];
        var expectedNested = (await PlanTestRunner.ExecuteAsync(fixture, Nested, null, plan: false)).Json;
        var expectedLookup = new Dictionary<string, string>();
        foreach (var slug in slugs)
            expectedLookup[slug] = (await PlanTestRunner.ExecuteAsync(fixture, Lookup, $$"""{"slug":"{{slug}}"}""", plan: false)).Json;
        Assert.Contains("\"indicators\":[{", expectedNested);

        for (var round = 0; round < 4; round++)
        {
            var runs = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
            {
                if (i % 2 == 0) return (Expected: expectedNested, Run: await PlanTestRunner.ExecuteAsync(fixture, Nested, null, plan: true, nested));
                var slug = slugs[i % slugs.Length];
                return (Expected: expectedLookup[slug],
                    Run: await PlanTestRunner.ExecuteAsync(fixture, Lookup, $$"""{"slug":"{{slug}}"}""", plan: true, lookup));
            })).ToList();
            foreach (var (expected, run) in await Task.WhenAll(runs))
            {
                Assert.Equal(expected, run.Json);
                Assert.Equal("plan", run.Outcome);
            }
        }
    }
}
