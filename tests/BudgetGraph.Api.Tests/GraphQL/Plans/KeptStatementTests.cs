using System.Net;
using System.Net.Http.Json;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// The real service with nothing observing EF Core's commands (no interceptor, no command logging, no OTLP endpoint —
/// as deployed): cached commands run the statements kept prepared on each request connection
/// (<see cref="StatementKeepingSqliteConnection"/>). Answers are byte for byte those of the general executor (EF Core's LINQ), every
/// time, also under concurrent requests; a kept statement holds no read snapshot between requests; and with an
/// interceptor EF Core's pipeline runs instead.
/// </summary>
public sealed class KeptStatementTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>, IDisposable
{
    private static readonly string[] Documents =
    [
        // (b), (c), (d) of the benchmark: lookup + batches, a root page + batch, four nested levels of batches.
        """{ unit(slug: "nanping") { slug budgets { year expenditureLines(where: { table: { eq: GENERAL_PUBLIC_BUDGET_EXPENDITURE } }, order: [{ code: ASC }]) { code name total basic project } } } }""",
        "{ projects(where: { amount: { gte: 100 } }, order: [{ amount: DESC }], first: 20) { nodes { name amount indicators { name weight operator numericTarget textTarget isCore } } } }",
        "{ units(first: 50) { nodes { slug name budgets { year totals { expenditure } projects { name amount indicators { name weight operator numericTarget textTarget isCore } } } } } }",
        """{ budget(unitSlug: "shandong", year: 2024) { year totals { expenditure } unit { slug } } }""",
        """{ unit(slug: "nowhere") { slug } }""",
    ];

    private const string Lookup = "query U($slug: String!) { unit(slug: $slug) { slug shortName budgets { year expenditureLines(order: [{ code: ASC }]) { code name total } } } }";

    private readonly string databasePath = TemporaryDatabaseFile.NewPath("kept");

    [Fact]
    public async Task Answers_from_kept_statements_are_the_general_executor_s_bytes()
    {
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));
        var client = host.CreateClient();
        var before = StatementKeepingSqliteConnection.CallerBoundRuns;

        foreach (var query in Documents)
        {
            // The general executor (EF Core's LINQ) on the same seeds, in the fixture (which records SQL: EF Core's pipeline).
            var expected = (await PlanTestRunner.ExecuteAsync(fixture, query, null, plan: false)).Json;
            // The first run of a document translates its commands (EF Core); later runs bind the kept statements.
            for (var round = 0; round < 3; round++) Assert.Equal(expected, await PostAsync(client, new { query }));
        }
        foreach (var slug in new[] { "nanping", "shandong", "ciqikou", "nowhere", "nanping" })
        {
            var expected = (await PlanTestRunner.ExecuteAsync(fixture, Lookup, $$"""{"slug":"{{slug}}"}""", plan: false)).Json;
            Assert.Equal(expected, await PostAsync(client, new { query = Lookup, variables = new { slug } }));
        }
        Assert.Contains("\"indicators\":[{", await PostAsync(client, new { query = Documents[2] }));

        // At least the later rounds of the documents above: (b) three commands, (c) two, (d) four, the budget two.
        Assert.True(StatementKeepingSqliteConnection.CallerBoundRuns - before >= 2 * (3 + 2 + 4 + 2), $"{StatementKeepingSqliteConnection.CallerBoundRuns - before} kept statement runs");
    }

    [Fact]
    public async Task A_lookup_run_in_turn_as_a_cached_command_and_through_EF_Core_answers_each_time_with_its_own_values()
    {
        // A by-key lookup with a plain selection runs its cached command on the connection's kept statement, binding the
        // template's own parameters; with a directive in its selection it runs EF Core's LINQ, whose commands the same
        // connection keeps by text with EF Core's parameters. In turn, on the pooled request connections, each run
        // answers with its own value.
        const string cached = "query U($slug: String!) { unit(slug: $slug) { slug shortName } }";
        const string linq = "query U($slug: String!) { unit(slug: $slug) { slug shortName @include(if: true) } }";
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));
        var client = host.CreateClient();
        var expectedNanping = (await PlanTestRunner.ExecuteAsync(fixture, cached, """{"slug":"nanping"}""", plan: false)).Json;
        var expectedShandong = (await PlanTestRunner.ExecuteAsync(fixture, linq, """{"slug":"shandong"}""", plan: false)).Json;
        Assert.Contains("南坪街道", expectedNanping);
        Assert.Contains("山洞街道", expectedShandong);

        var before = StatementKeepingSqliteConnection.CallerBoundRuns;
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(expectedNanping, await PostAsync(client, new { query = cached, variables = new { slug = "nanping" } }));
            Assert.Equal(expectedShandong, await PostAsync(client, new { query = linq, variables = new { slug = "shandong" } }));
            Assert.Equal(expectedShandong, await PostAsync(client, new { query = cached, variables = new { slug = "shandong" } }));
            Assert.Equal(expectedNanping, await PostAsync(client, new { query = linq, variables = new { slug = "nanping" } }));
        }
        Assert.True(StatementKeepingSqliteConnection.CallerBoundRuns > before, "the plain lookup ran on a kept statement with its own parameters");
    }

    [Fact]
    public async Task Concurrent_requests_on_kept_statements_answer_as_one_alone()
    {
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));
        var client = host.CreateClient();
        string[] slugs = ["nanping", "shandong", "ciqikou"];
        var expectedNested = await PostAsync(client, new { query = Documents[2] });
        var expectedLookup = new Dictionary<string, string>();
        foreach (var slug in slugs) expectedLookup[slug] = await PostAsync(client, new { query = Lookup, variables = new { slug } });

        for (var round = 0; round < 4; round++)
        {
            var runs = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
            {
                if (i % 2 == 0) return (Expected: expectedNested, Json: await PostAsync(client, new { query = Documents[2] }));
                var slug = slugs[i % slugs.Length];
                return (Expected: expectedLookup[slug], Json: await PostAsync(client, new { query = Lookup, variables = new { slug } }));
            })).ToList();
            foreach (var (expected, json) in await Task.WhenAll(runs)) Assert.Equal(expected, json);
        }

        // Between requests no kept statement holds a read snapshot: a checkpoint can copy the whole WAL back.
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await checkpoint.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0)); // busy: 0
    }

    [Fact]
    public async Task Kept_statements_run_only_when_EF_Core_finds_nothing_observing_its_commands()
    {
        using var host = new TestHost(TestHost.OnSqlite(databasePath, importSeeds: true));
        host.CreateClient();
        var factory = host.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>();

        await using (var unobserved = await factory.CreateDbContextAsync())
        {
            var logger = unobserved.GetService<IRelationalCommandDiagnosticsLogger>();
            // After a command through EF Core, which found that nothing observes it (for a second).
            Assert.NotEmpty(await unobserved.Units.Select(u => u.Slug).ToListAsync());
            Assert.True(CommandDiagnostics.NothingObserves(logger));
        }

        var options = new DbContextOptionsBuilder<BudgetDbContext>()
            .UseBudgetSqlite($"Data Source={databasePath}").AddInterceptors(new SqlCommandRecorder()).Options;
        await using var observed = new BudgetDbContext(options);
        var observedLogger = observed.GetService<IRelationalCommandDiagnosticsLogger>();
        Assert.NotEmpty(await observed.Units.Select(u => u.Slug).ToListAsync());
        Assert.False(CommandDiagnostics.NothingObserves(observedLogger));
    }

    private static async Task<string> PostAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/graphql", request);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return json;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
