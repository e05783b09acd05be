using System.Data.Common;
using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.GraphQL.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>Every request's cost is bounded before it runs (default limits of <c>GraphQLOptions</c>).</summary>
public sealed class CostLimitTests(BudgetGraphFixture fixture) : IClassFixture<BudgetGraphFixture>
{
    // Aliased fragments over __schema { types { fields { type … } } }: under 800 bytes, millions of fields once expanded.
    private const string AliasedIntrospectionAttack = """
        { __schema { types { ...A } } }
        fragment A on __Type { a: fields { type { ...B } } b: fields { type { ...B } } c: fields { type { ...B } } d: fields { type { ...B } } }
        fragment B on __Type { a: fields { type { ...C } } b: fields { type { ...C } } c: fields { type { ...C } } d: fields { type { ...C } } }
        fragment C on __Type { a: fields { type { ...D } } b: fields { type { ...D } } c: fields { type { ...D } } d: fields { type { ...D } } }
        fragment D on __Type { a: fields { name type { name } } b: fields { name type { name } } c: fields { name type { name } } }
        """;

    [Fact]
    public async Task The_aliased_fragment_introspection_query_is_refused_before_it_runs()
    {
        Assert.True(AliasedIntrospectionAttack.Length < 800);
        // Refused by validation, so nothing of it is executed: no data key, the limit's code (no timing: a loaded
        // machine makes a timed assertion flaky, and the code already proves it never ran).
        var response = await fixture.ResponseAsync(AliasedIntrospectionAttack);
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(response));
    }

    [Fact]
    public async Task Nested_introspection_without_aliases_is_costed_and_refused_by_the_complexity_limit()
    {
        var response = await fixture.ResponseAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }");
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains("complexity", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task More_than_50_aliases_are_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 51).Select(i => $"a{i}: __typename"));
        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(await fixture.ResponseAsync("{ " + aliases + " }")));
        await fixture.DataAsync("{ " + string.Join(" ", Enumerable.Range(0, 50).Select(i => $"a{i}: __typename")) + " }");
    }

    [Fact]
    public async Task More_than_1000_fields_fragments_expanded_are_refused()
    {
        var names = string.Join(" ", Enumerable.Repeat("name", 300));
        var query = "{ units { nodes { ...F ...F2 } } } fragment F on Unit { " + names + " } fragment F2 on Unit { ...F ...F3 } fragment F3 on Unit { ...F ...F }";
        Assert.Equal("MAX_FIELDS_EXCEEDED", Code(await fixture.ResponseAsync(query)));
    }

    [Fact]
    public async Task An_in_list_of_16000_values_is_refused_quickly_as_a_literal_and_as_a_variable()
    {
        var values = string.Join(",", Enumerable.Range(0, 16_000));
        fixture.Sql.Clear();
        var literal = await fixture.ResponseAsync("{ projects(where: { year: { in: [" + values + "] } }) { totalCount } }");
        var variable = await fixture.ResponseAsync("query($years: [Int]) { projects(where: { year: { in: $years } }) { totalCount } }",
            "{\"years\":[" + values + "]}");
        // Refused before any SQL (the quadratic cost was in binding 16,000 parameters); not timed: see above.
        Assert.Empty(fixture.Sql.Commands);
        Assert.Equal("LIST_TOO_LONG", Code(literal));
        Assert.Equal("LIST_TOO_LONG", Code(variable));
    }

    [Fact]
    public async Task An_in_list_at_the_limit_is_linear_not_quadratic()
    {
        // 500 values (the limit) as one JSON parameter, not 500 SQL parameters bound by name.
        var years = string.Join(",", Enumerable.Range(1600, 500));
        var data = await fixture.DataAsync("query($years: [Int]) { projects(where: { year: { in: $years } }) { totalCount } }", "{\"years\":[" + years + "]}");
        Assert.Contains(fixture.Sql.Commands, sql => sql.Contains("json_each", StringComparison.Ordinal));
        Assert.Equal(8, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_or_of_3000_terms_gets_a_clean_error_and_one_of_500_runs()
    {
        var terms = string.Join(",", Enumerable.Range(0, 3_000).Select(i => $"{{ name: {{ eq: \"p{i}\" }} }}"));
        var response = await fixture.ResponseAsync("{ projects(where: { or: [" + terms + "] }) { totalCount } }");
        Assert.Equal("LIST_TOO_LONG", Code(response));
        Assert.DoesNotContain("SQLITE", response.ToString(), StringComparison.OrdinalIgnoreCase);

        // 500 terms of two conditions each: within every list limit, but 1,000 conditions would pass SQLite's
        // expression depth limit of 1,000 — refused with its own code, before SQL. 250 of them run.
        string Nested(int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $"{{ or: [{{ name: {{ eq: \"p{i}\" }} }}, {{ year: {{ eq: {i} }} }}] }}"));
        Assert.Equal("FILTER_TOO_COMPLEX", Code(await fixture.ResponseAsync("{ projects(where: { or: [" + Nested(500) + "] }) { totalCount } }")));
        var data = await fixture.DataAsync("{ projects(where: { or: [" + Nested(250) + "] }) { totalCount } }");
        Assert.Equal(0, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public void Invalid_limits_in_configuration_stop_the_start_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphQL:MaxFields"] = "0",
        }).Build();
        // Validated once, at start (ValidateOnStart); resolving the options is what the start does.
        var services = new ServiceCollection().AddBudgetGraphQL(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphQLOptions>>().Value);
        Assert.Contains("MaxFields", error.Message);
    }

    internal static string? Code(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}

/// <summary>
/// A fixture with a 50 ms execution timeout whose every data query waits until it is cancelled (at most 30 s), so
/// the timeout fires however fast or loaded the machine is. (A heavy query against a 1 ms timeout was not enough:
/// on a fast run the seed data answered within the timer's resolution and the test failed.)
/// </summary>
public sealed class TinyTimeoutFixture : BudgetGraphFixture
{
    public TinyTimeoutFixture() : this(new CommandsWaitingForCancellation()) { }

    private TinyTimeoutFixture(CommandsWaitingForCancellation slowCommands)
        : base(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.050" }, seed: true, [slowCommands])
    {
        // Armed once the database is filled: only the requests' commands wait.
        slowCommands.Armed = true;
    }

    private sealed class CommandsWaitingForCancellation : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed)
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }
}

public sealed class ExecutionTimeoutTests(TinyTimeoutFixture fixture) : IClassFixture<TinyTimeoutFixture>
{
    [Fact]
    public async Task A_request_over_the_configured_timeout_is_cancelled_with_the_code_TIMEOUT()
    {
        var response = await fixture.ResponseAsync("{ projects(first: 5) { totalCount nodes { name amount } } }");
        Assert.Equal("TIMEOUT", CostLimitTests.Code(response));
        Assert.False(response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("projects", out var projects) && projects.ValueKind != JsonValueKind.Null,
            "a timed-out request must not answer with data");
    }
}

/// <summary>
/// A fixture with a 200 ms execution timeout whose every data query is replaced by a runaway statement (counting a
/// recursive sequence to two billion: minutes inside one SQLite step), so the time passes inside SQLite, where only
/// <c>sqlite3_interrupt</c> stops it (RequestDatabase), not between rows or in .NET as in <see cref="TinyTimeoutFixture"/>.
/// </summary>
public sealed class RunawayStatementFixture : BudgetGraphFixture
{
    public RunawayStatementFixture() : this(new RunawayCommands(), new FakeLogCollector()) { }

    private RunawayStatementFixture(RunawayCommands runaway, FakeLogCollector logs)
        : base(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.200" }, seed: true, [runaway],
            services => services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs))))
    {
        Logs = logs;
        runaway.Armed = true;
    }

    /// <summary>What the service logged.</summary>
    public FakeLogCollector Logs { get; }

    private sealed class RunawayCommands : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.StartsWith("SELECT", StringComparison.Ordinal))
            {
                command.CommandText = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000000) SELECT COUNT(*) FROM n";
                command.Parameters.Clear();
            }
            return ValueTask.FromResult(result);
        }
    }
}

public sealed class RunawayStatementTests(RunawayStatementFixture fixture) : IClassFixture<RunawayStatementFixture>
{
    [Fact]
    public async Task The_timeout_interrupts_a_statement_SQLite_is_running_and_answers_TIMEOUT()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await fixture.ResponseAsync("{ projects(first: 5) { totalCount nodes { name amount } } }");

        // Minutes without the interrupt (the statement ran to its end after the timeout); a bound, not a speed figure.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"answered after {clock.Elapsed}");
        Assert.Equal("TIMEOUT", CostLimitTests.Code(response));
        Assert.DoesNotContain("SQLite", response.ToString());
        // A timeout, not a failure of the service: no internal error of its own logged for the interrupted statement
        // (EF Core itself may log the command's failure, "SQLite Error 9: 'interrupted'", at Error).
        Assert.DoesNotContain(fixture.Logs.GetSnapshot(), r => r.Level >= LogLevel.Error && r.Category?.StartsWith("BudgetGraph", StringComparison.Ordinal) == true);
    }
}
