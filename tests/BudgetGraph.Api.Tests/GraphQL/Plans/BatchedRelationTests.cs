using BudgetGraph.Api.GraphQL.Loading;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// Relations declared with <c>ResolveBatched</c> (the parent's key, then the field's batch): the plan loads the keys of
/// a whole level at once — the same batch, the same one query per field and level — while the general executor still
/// calls the resolver per parent. Both answer byte for byte alike; parents without a key get null; an error inside a
/// batch abandons the plan and the general executor reports it.
/// </summary>
public class BatchedRelationTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    [Fact]
    public async Task Parents_without_a_key_get_null_and_the_others_their_row()
    {
        // Overall-goal indicators (整体绩效目标) have no project: Indicator.project's key is null for them.
        const string query = "{ indicators(order: [{ position: ASC }], first: 50) { nodes { name project { name amount } } } }";
        var (general, planned) = await BothAsync(query);

        Assert.Equal("plan", planned.Outcome);
        Assert.Equal(general.Json, planned.Json);
        Assert.Equal(general.Commands, planned.Commands);
        Assert.Contains("\"project\":null", planned.Json);
        Assert.Contains("\"project\":{\"name\":", planned.Json);
    }

    [Fact]
    public async Task By_key_relations_at_two_levels_run_one_command_each()
    {
        const string query = "{ projects(order: [{ amount: DESC }], first: 20) { nodes { name unit { slug } budget { year unit { shortName } } } } }";
        var (general, planned) = await BothAsync(query);

        Assert.Equal("plan", planned.Outcome);
        Assert.Equal(general.Json, planned.Json);
        // projects, then unit and budget (one each), then budget.unit: four commands for twenty projects.
        Assert.Equal(4, planned.Commands);
        Assert.Equal(general.CommandTexts.Order(StringComparer.Ordinal), planned.CommandTexts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_error_inside_a_batch_falls_back_to_the_general_executor()
    {
        const string query = "{ units(first: 2) { nodes { slug budgets { year projects(where: { amount: { gt: 100.0000001 } }) { name } } } } }";
        var (general, planned) = await BothAsync(query);

        Assert.StartsWith("fallback: ", planned.Outcome);
        Assert.Equal(general.Json, planned.Json);
        Assert.Contains("INVALID_AMOUNT", planned.Json);
    }

    [Fact]
    public async Task A_batch_of_a_new_size_is_translated_later_with_the_projection_built_then()
    {
        // units(first: $n) has a variable (EF Core's LINQ); budgets and projects are cached commands per number of keys.
        // The later requests bring 3 and 5 parents: their batches are translated then, after the fields ran with 2
        // keys — the projection, skipped for a cached command, is built for the new translation.
        const string query = "query($n: Int) { units(first: $n) { nodes { slug budgets { year projects { name amount } } } } }";
        var document = GraphQLParser.Parser.Parse(query);
        foreach (var n in new[] { 2, 3, 5, 3 })
        {
            var variables = "{\"n\":" + n + "}";
            var general = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: false, document);
            var planned = await PlanTestRunner.ExecuteAsync(fixture, query, variables, plan: true, document);

            Assert.Equal("plan", planned.Outcome);
            Assert.Equal(general.Json, planned.Json);
            Assert.Equal(general.CommandTexts.Order(StringComparer.Ordinal), planned.CommandTexts.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Load_many_answers_in_key_order_with_one_fetch_for_all_queued_keys()
    {
        var fetches = new List<int[]>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            fetches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 4).ToDictionary(k => k, k => "v" + k));
        }, "missing");

        var parked = loader.Load(1);
        var values = await loader.LoadManyAsync([3, 1, 4, 2], CancellationToken.None);

        Assert.Equal(["v3", "v1", "missing", "v2"], values);
        Assert.Equal("v1", await parked.GetResultAsync());
        Assert.Equal([[1, 3, 4, 2]], fetches);

        // Keys loaded already are read from memory; only a new key is fetched.
        Assert.Equal(["v2", "v5"], await loader.LoadManyAsync([2, 5], CancellationToken.None));
        Assert.Equal([[1, 3, 4, 2], [5]], fetches);
    }

    private async Task<(PlanTestRunner.Run General, PlanTestRunner.Run Planned)> BothAsync(string query)
    {
        // Twice each, parsed once (as the endpoint's document cache does): the second run uses cached commands.
        var document = GraphQLParser.Parser.Parse(query);
        await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false, document);
        var general = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false, document);
        await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
        var planned = await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: true, document);
        return (general, planned);
    }
}
