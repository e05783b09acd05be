using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// Fields whose query the document fixes are translated by EF Core once and then run as cached command texts
/// (<see cref="CommandSource.FromSqlQuery"/>); fields with variables keep EF Core's LINQ path. Each run starts with
/// the fixture's SQL recorder cleared, so its sources are that run's.
/// </summary>
public class CachedCommandTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Second_run_of_a_document_runs_every_command_from_the_cache()
    {
        var query = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tools", "BudgetGraph.Benchmark", "growth-ops", "d-nested.graphql"));
        var document = GraphQLParser.Parser.Parse(query);
        var first = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
        var second = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(4, second.Commands);
        Assert.Equal([CommandSource.FromSqlQuery, CommandSource.FromSqlQuery, CommandSource.FromSqlQuery, CommandSource.FromSqlQuery],
            fixture.Sql.Sources);
    }

    [Fact]
    public async Task Fields_with_variables_and_the_general_path_keep_EF_Core_LINQ()
    {
        const string query = "query($n: Int) { units(first: $n) { nodes { slug budgets { year } } } }";
        var document = GraphQLParser.Parser.Parse(query);
        await PlanTestRunner.ExecuteAsync(fixture, query, """{"n":3}""", plan: true, document);
        await PlanTestRunner.ExecuteAsync(fixture, query, """{"n":3}""", plan: true, document);
        // units(first: $n) has a variable: LINQ; budgets has none: cached.
        Assert.Equal([CommandSource.LinqQuery, CommandSource.FromSqlQuery], fixture.Sql.Sources);

        await PlanTestRunner.ExecuteAsync(fixture, query, """{"n":3}""", plan: false, document);
        Assert.Equal([CommandSource.LinqQuery, CommandSource.LinqQuery], fixture.Sql.Sources);
    }
}
