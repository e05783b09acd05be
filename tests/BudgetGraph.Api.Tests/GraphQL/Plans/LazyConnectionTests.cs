using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A root connection fixed by its document builds its LINQ query only until its page command is cached; later runs
/// (query and projection not built) answer with the same bytes and the same command texts as the general executor,
/// also when <c>totalCount</c> needs the query after all, and an argument error is reported as on the first run.
/// </summary>
public class LazyConnectionTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Theory]
    [InlineData("{ units(first: 50) { nodes { slug name } } }")]
    [InlineData("{ units(first: 2, order: [{ slug: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }")]
    [InlineData("{ projects(where: { amount: { gte: 100 } }, order: [{ amount: DESC }], first: 3) { totalCount nodes { name amount } } }")]
    public async Task Later_runs_answer_as_the_general_executor(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var general = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false, document);
        for (var run = 0; run < 3; run++)
        {
            var fast = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
            Assert.Equal(general.Json, fast.Json);
            Assert.Equal(general.CommandTexts, fast.CommandTexts);
        }
        Assert.Contains(CommandSource.FromSqlQuery, fixture.Sql.Sources);
    }

    [Fact]
    public async Task An_argument_error_is_the_same_on_every_run()
    {
        const string query = "{ units(first: -1) { nodes { slug } } }";
        var document = GraphQLParser.Parser.Parse(query);
        var general = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false, document);
        Assert.Contains("HC0079", general.Json); // ErrorCodes.NegativePageSize
        for (var run = 0; run < 2; run++)
            Assert.Equal(general.Json, (await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document)).Json);
    }
}
