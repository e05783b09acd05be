using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Repeated queries are answered from memory while the data are unchanged, and computed afresh after an import
/// (a new source document) or a repair (a revision raised) — with a counting fake executer and a real SQLite database
/// for the data version.
/// </summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CountingExecuter _executer = new();
    private readonly ManualTime _time = new();
    private readonly GraphQLHttpEndpoint _endpoint;
    private readonly ExecutionGate _gate = new(1);

    public ResponseCacheTests()
    {
        _connection.Open();
        using (var db = CreateContext()) DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var serializer = new GraphQLSerializer();
        // One execution slot and no waiting for it: a request that needed a slot while the test holds it would be 503.
        var options = Options.Create(new GraphQLHttpOptions { MaxConcurrentExecutions = 1, MaxExecutionWaitSeconds = 0 });
        var contentCoding = EndpointWithoutDatabase.ContentCoding(options);
        _endpoint = new GraphQLHttpEndpoint(_executer, new GraphQLHttpRequestReader(),
            new GraphQLHttpResponseWriter(serializer, options, contentCoding), options, new ParsedDocumentCache(),
            new ResponseCache(options, serializer), new DataVersion(new Factory(this), _time), _gate, contentCoding,
            NullLogger<GraphQLHttpEndpoint>.Instance);
    }

    [Fact]
    public async Task A_cached_answer_does_not_wait_for_an_execution_slot()
    {
        var first = await PostAsync("""{"query":"{ units { totalCount } }"}""");
        using (await _gate.EnterAsync(TimeSpan.Zero, CancellationToken.None))
        {
            var second = await PostAsync("""{"query":"{ units { totalCount } }"}""");
            Assert.Equal(first, second);
        }
        Assert.Equal(1, _executer.Calls);
    }

    [Fact]
    public async Task A_repeated_query_is_answered_from_memory_with_the_same_bytes()
    {
        var first = await PostAsync("""{"query":"{ units { totalCount } }"}""");
        var second = await PostAsync("""{"query":"{ units { totalCount } }"}""");

        Assert.Equal(1, _executer.Calls);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Different_variables_are_different_answers()
    {
        // GET: the endpoint parses the document itself, so it knows an operation with variables is a query and caches it
        // (a POSTed one is known only once parsed by an execution, which this fake executer does not do).
        const string query = "query($s: String!) { unit(slug: $s) { name } }";
        var nanping = await GetAsync(query, """{"s":"nanping"}""");
        Assert.Equal(nanping, await GetAsync(query, """{"s":"nanping"}"""));
        Assert.Equal(1, _executer.Calls);   // the same variables: the cached answer

        Assert.NotEqual(nanping, await GetAsync(query, """{"s":"chaoyang"}"""));
        Assert.Equal(2, _executer.Calls);   // other variables: computed
    }

    /// <summary>
    /// A number a decimal cannot hold stays text (a JsonNumeral) until the Decimal scalar refuses it, which is after the
    /// cache lookup: the key writes it as the JSON number sent, so it does not share a key with an object of that text.
    /// </summary>
    [Fact]
    public void A_number_kept_as_text_is_keyed_as_the_number_sent()
    {
        var cache = new ResponseCache(Options.Create(new GraphQLHttpOptions()), new GraphQLSerializer());
        string Key(string variables) => cache.Key("application/json",
            new global::GraphQL.Transport.GraphQLRequest { Query = "query($v: Decimal) { x }", Variables = JsonInputs.Read(System.Text.Json.JsonDocument.Parse(variables).RootElement) });

        Assert.EndsWith("""{"v":1e-40}""", Key("""{"v":1e-40}"""));
        Assert.NotEqual(Key("""{"v":1e-40}"""), Key("""{"v":{"Text":"1e-40"}}"""));
        Assert.NotEqual(Key("""{"v":1e-40}"""), Key("""{"v":"1e-40"}"""));
    }

    [Fact]
    public async Task An_import_invalidates_the_cached_answers()
    {
        await PostAsync("""{"query":"{ units { totalCount } }"}""");
        await using (var db = CreateContext())
        {
            db.SourceDocuments.Add(new SourceDocument { FileName = "new.txt", Sha256 = new string('a', 64), EncodingName = "utf-8" });
            await db.SaveChangesAsync();
        }
        _time.Advance(DataVersion.RefreshInterval);

        await PostAsync("""{"query":"{ units { totalCount } }"}""");

        Assert.Equal(2, _executer.Calls);
    }

    [Fact]
    public async Task A_repair_of_kept_figures_invalidates_the_cached_answers()
    {
        await PostAsync("""{"query":"{ units { totalCount } }"}""");
        // The audit's repair (another process) raises the revision when it commits figures written again.
        await using (var db = CreateContext())
        {
            db.DataRevisions.Add(new DataRevision { Id = DataRevision.SingleId, Number = 1 });
            await db.SaveChangesAsync();
        }
        await PostAsync("""{"query":"{ units { totalCount } }"}""");
        Assert.Equal(1, _executer.Calls); // read again at most once a second
        _time.Advance(DataVersion.RefreshInterval);

        await PostAsync("""{"query":"{ units { totalCount } }"}""");

        Assert.Equal(2, _executer.Calls);
    }

    [Fact]
    public async Task Answers_with_errors_are_not_kept()
    {
        _executer.WithError = true;

        await PostAsync("""{"query":"{ unit(slug: \"nowhere\") { name } }"}""");
        await PostAsync("""{"query":"{ unit(slug: \"nowhere\") { name } }"}""");

        Assert.Equal(2, _executer.Calls);
    }

    [Fact]
    public async Task A_request_marked_in_process_to_bypass_the_cache_is_executed_every_time_and_not_stored()
    {
        const string body = """{"query":"{ units { totalCount } }"}""";
        var bypassed = await PostAsync(body, bypass: true);
        var bypassedAgain = await PostAsync(body, bypass: true);
        Assert.Equal(2, _executer.Calls);
        Assert.NotEqual(bypassed, bypassedAgain);

        // Nothing was stored: the first ordinary request executes, the next is answered from the cache.
        var first = await PostAsync(body);
        var second = await PostAsync(body);
        Assert.Equal(3, _executer.Calls);
        Assert.Equal(first, second);
        Assert.Equal(second, await PostAsync(body, bypass: false));
        Assert.NotEqual(second, await PostAsync(body, bypass: true));
        Assert.Equal(4, _executer.Calls);
    }

    [Fact]
    public void No_header_or_query_string_sets_the_bypass()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers["ResponseCacheBypass"] = "true";
        http.Request.Headers["Cache-Control"] = "no-cache";
        http.Request.QueryString = new QueryString("?ResponseCacheBypass=true");
        Assert.False(ResponseCacheBypass.IsSet(http));
        ResponseCacheBypass.Set(http);
        Assert.True(ResponseCacheBypass.IsSet(http));
    }

    private async Task<string> PostAsync(string body, bool bypass)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();
        if (bypass) ResponseCacheBypass.Set(http);
        await _endpoint.HandleAsync(http);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        return System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
    }

    private Task<string> PostAsync(string body) => PostAsync(body, bypass: false);

    private async Task<string> GetAsync(string query, string variables)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.QueryString = QueryString.Create(new Dictionary<string, string?> { ["query"] = query, ["variables"] = variables });
        http.Request.Headers.Accept = "application/json";
        http.Response.Body = new MemoryStream();
        await _endpoint.HandleAsync(http);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        return System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
    }

    private BudgetDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BudgetDbContext>().UseBudgetSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();

    private sealed class Factory(ResponseCacheTests owner) : IDbContextFactory<BudgetDbContext>
    {
        public BudgetDbContext CreateDbContext() => owner.CreateContext();
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>Answers every query with a fixed result and counts how often it was asked.</summary>
    private sealed class CountingExecuter : IDocumentExecuter<BudgetSchema>
    {
        public int Calls { get; private set; }
        public bool WithError { get; set; }

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            Calls++;
            var result = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?> { ["calls"] = Calls } };
            if (WithError) result.AddError(new ExecutionError("not found") { Code = "NOT_FOUND" });
            return Task.FromResult(result);
        }
    }
}
