using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetGraph.Api.Http;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Repeated queries reuse their parsed document, but the limits that depend on variables (complexity
/// from <c>first</c>) are still checked on every request. A service of its own with a small complexity limit.
/// </summary>
public sealed class ParsedDocumentCacheTests : IAsyncLifetime
{
    private const string ProjectsQuery = "query Page($n: Int) { projects(first: $n) { nodes { name indicators { name } } } }";
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("cache-tests");
    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        app = BudgetGraphApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:ConnectionString=Data Source={databasePath}",
            "--Seeds:ImportAtStartup=false",
            "--GraphQL:MaxComplexity=300",
        ], builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }

    [Fact]
    public async Task A_valid_query_is_cached_after_its_first_run()
    {
        var cache = app!.Services.GetRequiredService<ParsedDocumentCache>();
        Assert.Null(cache.TryGet(ProjectsQuery));

        using var response = await PostAsync(ProjectsQuery, new { n = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(cache.TryGet(ProjectsQuery));
    }

    [Fact]
    public async Task An_invalid_query_is_not_cached()
    {
        const string invalid = "{ projects { nodes { noSuchField } } }";
        using var response = await PostAsync(invalid, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(app!.Services.GetRequiredService<ParsedDocumentCache>().TryGet(invalid));
    }

    [Fact]
    public async Task A_query_too_complex_for_its_variables_is_refused()
    {
        using var large = await PostAsync(ProjectsQuery, new { n = 50 });

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
    }

    [Fact]
    public async Task A_cached_query_is_still_refused_when_its_variables_make_it_too_complex()
    {
        using var small = await PostAsync(ProjectsQuery, new { n = 1 });
        using var smallAgain = await PostAsync(ProjectsQuery, new { n = 1 });
        using var large = await PostAsync(ProjectsQuery, new { n = 50 });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, smallAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        var body = await large.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cached_query_is_still_refused_when_a_variable_directive_makes_it_too_complex()
    {
        const string query = "query Maybe($all: Boolean!) { units(first: 1) { nodes { slug } } " +
                             "projects(first: 50) @include(if: $all) { nodes { name indicators { name } } } }";
        using var small = await PostAsync(query, new { all = false });
        using var smallAgain = await PostAsync(query, new { all = false });
        using var large = await PostAsync(query, new { all = true });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, smallAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        var body = await large.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cached_query_is_still_refused_when_a_variable_holds_a_list_over_the_limit()
    {
        // No walk of a cached document's text: RequestShapeRule's list check runs on the variables alone, and the
        // rule runs (and reports) as on any document when one is over the limit: same status, same bytes.
        const string query = "query Years($years: [Int]) { projects(where: { year: { in: $years } }, first: 1) { nodes { name } } }";
        var tooMany = new { years = Enumerable.Range(1600, 501).ToArray() };
        using var uncached = await PostAsync(query, tooMany);
        var uncachedBody = await uncached.Content.ReadAsStringAsync();
        Assert.Null(app!.Services.GetRequiredService<ParsedDocumentCache>().TryGet(query));

        using var atLimit = await PostAsync(query, new { years = Enumerable.Range(1600, 500).ToArray() });
        using var atLimitAgain = await PostAsync(query, new { years = Enumerable.Range(1600, 500).ToArray() });
        using var cached = await PostAsync(query, tooMany);

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(await atLimit.Content.ReadAsStringAsync(), await atLimitAgain.Content.ReadAsStringAsync());
        Assert.NotNull(app.Services.GetRequiredService<ParsedDocumentCache>().TryGet(query));
        Assert.Equal(HttpStatusCode.BadRequest, uncached.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cached.StatusCode);
        Assert.Equal(uncachedBody, await cached.Content.ReadAsStringAsync());
        var error = JsonDocument.Parse(uncachedBody).RootElement.GetProperty("errors")[0];
        Assert.Equal("LIST_TOO_LONG", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The variable $years holds a list longer than 500 items (GraphQL:MaxListLength); filter with fewer values, or page.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cached_query_is_still_refused_for_a_long_list_nested_in_an_input_variable_or_in_an_undeclared_one()
    {
        const string nested = "query Where($where: ProjectFilterInput) { projects(where: $where, first: 1) { nodes { name } } }";
        object Where(int terms) => new { where = new { or = Enumerable.Range(0, terms).Select(i => new { year = new { eq = i } }).ToArray() } };
        using var small = await PostAsync(nested, Where(2));
        using var smallAgain = await PostAsync(nested, Where(2));
        using var large = await PostAsync(nested, Where(501));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, smallAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal("LIST_TOO_LONG", Code(await large.Content.ReadFromJsonAsync<JsonElement>()));

        // A document without variables: a list sent anyway is checked all the same (the rule reads every variable sent).
        const string plain = "{ units(first: 1) { nodes { slug } } }";
        using var plainFirst = await PostAsync(plain, null);
        using var plainAgain = await PostAsync(plain, new { unused = new[] { 1, 2 } });
        using var plainLong = await PostAsync(plain, new { unused = Enumerable.Range(0, 501).ToArray() });
        Assert.Equal(HttpStatusCode.OK, plainFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plainAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, plainLong.StatusCode);
        Assert.Equal("LIST_TOO_LONG", Code(await plainLong.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task A_cached_query_still_refuses_variables_of_the_wrong_type()
    {
        const string query = "query One($slug: String!) { unit(slug: $slug) { slug } }";
        using var first = await PostAsync(query, new { slug = "nanping" });
        using var again = await PostAsync(query, new { slug = "nanping" });
        using var wrong = await PostAsync(query, new { slug = new[] { 1 } });
        using var missing = await PostAsync(query, null);

        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("INVALID_VALUE", Code(await wrong.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal("INVALID_VALUE", Code(await missing.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public void The_schema_applies_no_length_directive_and_one_that_does_is_found()
    {
        Assert.False(LengthDirectives.AppliedIn(app!.Services.GetRequiredService<BudgetGraph.Api.GraphQL.BudgetSchema>()));

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("echo")
            .Argument<StringGraphType>("text", argument => argument.ApplyDirective("length", "max", 3))
            .Resolve(context => context.GetArgument<string>("text"));
        var schema = new Schema { Query = query };
        schema.Directives.Register(new LengthDirective());
        Assert.True(LengthDirectives.AppliedIn(schema));
    }

    [Theory]
    [InlineData("{ units(first: 2) { nodes { slug name } } }")]
    [InlineData("query Two { units(first: 2, order: [{ slug: DESC }]) { nodes { slug name @include(if: false) } } }")]
    [InlineData("{ units(first: 51) { nodes { slug } } }")] // HC0051 at execution: the error comes from the kept arguments too
    [InlineData("{ projects(where: { amount: { gte: 100 }, name: { contains: \"x\" } }, order: [{ amount: DESC }], first: 3) { nodes { name amount } } }")]
    public async Task A_cached_operation_without_variables_answers_the_same_bytes_from_its_kept_validation_result(string query)
    {
        Assert.IsType<CachingDocumentValidator>(app!.Services.GetRequiredService<IDocumentValidator>());
        var bodies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(query, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }
        Assert.NotNull(app.Services.GetRequiredService<ParsedDocumentCache>().TryGet(query));
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal(bodies[0], bodies[2]);
    }

    [Fact]
    public async Task A_cached_operation_sent_without_variables_takes_its_defaults_every_time_and_sent_variables_still_count()
    {
        const string query = "query Lookup($slug: String! = \"nanping\") { units(first: 5, where: { slug: { neq: $slug } }) { nodes { slug } } unit(slug: $slug) { slug } }";
        var withDefaults = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(query, null);
            withDefaults.Add(await response.Content.ReadAsStringAsync());
            using var other = await PostAsync(query, new { slug = "no-such-unit" });
            var body = await other.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("NOT_FOUND", Code(body));
            Assert.Contains("no-such-unit", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }
        Assert.NotNull(app!.Services.GetRequiredService<ParsedDocumentCache>().TryGet(query));
        Assert.Equal(withDefaults[0], withDefaults[1]);
        Assert.Equal(withDefaults[0], withDefaults[2]);
        Assert.Contains("nanping", withDefaults[0]);
        Assert.DoesNotContain("no-such-unit", withDefaults[0]);
    }

    [Fact]
    public async Task Two_operations_of_one_cached_document_keep_their_own_arguments()
    {
        const string query = "query A { units(first: 1) { totalCount pageInfo { hasNextPage } } } " +
                             "query B { units(first: 50) { totalCount pageInfo { hasNextPage } } } " +
                             "query C { units(first: 51) { totalCount } }";
        for (var i = 0; i < 3; i++)
        {
            using var a = await PostAsync(query, null, "A");
            using var b = await PostAsync(query, null, "B");
            using var c = await PostAsync(query, null, "C");
            Assert.Equal(HttpStatusCode.OK, a.StatusCode);
            Assert.Equal(HttpStatusCode.OK, b.StatusCode);
            Assert.Equal(HttpStatusCode.OK, c.StatusCode);
            Assert.False((await a.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
            Assert.False((await b.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
            Assert.Equal("HC0051", Code(await c.Content.ReadFromJsonAsync<JsonElement>()));
        }
    }

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    [Theory]
    [InlineData(ProjectsQuery, true)]
    [InlineData("query($slug: String!) { unit(slug: $slug) { slug budgets { year } } }", false)]
    [InlineData("query($y: Int) { projects(where: { year: { eq: $y } }, first: 5) { nodes { name } } }", false)]
    [InlineData("query($n: Int) { units { nodes { budgets { projects(where: { amount: { gte: 1 } }) { name } } } } units2: units(last: $n) { totalCount } }", true)]
    [InlineData("query($n: Int) { ...P } fragment P on Query { projects(first: $n) { nodes { name } } }", true)]
    [InlineData("query($i: Boolean!) { units(first: 5) { nodes { slug ... on Unit @skip(if: $i) { name } } } }", true)]
    [InlineData("query($i: Boolean!) { units(first: 5) { nodes { ...U @include(if: $i) } } } fragment U on Unit { slug }", true)]
    [InlineData("query($id: ID!) { node(id: $id) { id } }", true)]
    [InlineData("{ units(first: 5) { nodes { slug } } }", false)]
    public void Only_variables_in_first_last_id_or_directives_can_change_a_cached_document_s_complexity(string query, bool expected) =>
        Assert.Equal(expected, ParsedDocumentCache.VariablesSetComplexity(GraphQLParser.Parser.Parse(query)));

    private Task<HttpResponseMessage> PostAsync(string query, object? variables, string? operationName = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return client!.SendAsync(request);
    }
}
