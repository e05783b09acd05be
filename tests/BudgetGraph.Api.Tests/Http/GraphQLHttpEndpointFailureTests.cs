using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static BudgetGraph.Api.Tests.Http.EndpointWithoutDatabase;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>What the endpoint does when execution itself throws or the client goes away (executer replaced by a fake).</summary>
public sealed class GraphQLHttpEndpointFailureTests
{
    [Theory]
    [InlineData("invalid operation")]
    [InlineData("out of memory")]
    public async Task Unhandled_exception_is_a_500_with_a_generic_message_and_the_correlation_id_the_log_carries(string failure)
    {
        var http = PostContext("""{"query":"{ apiVersion }"}""");
        http.TraceIdentifier = "0HN-test-42";
        Exception exception = failure == "out of memory"
            ? new OutOfMemoryException("secret: 3 GB in System.Text.Json")
            : new InvalidOperationException("secret connection string leaked? SQLite Error 11");
        var logger = new RecordingLogger();
        var endpoint = CreateEndpoint(new ThrowingExecuter(exception), logger);

        await endpoint.HandleAsync(http);

        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        var body = ReadBody(http);
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("SQLite", body);
        Assert.DoesNotContain("System.Text.Json", body);
        Assert.DoesNotContain("   at ", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("0HN-test-42", error.GetProperty("message").GetString());
        var logged = Assert.Single(logger.Entries);
        Assert.Contains("0HN-test-42", logged.Message);
        Assert.Same(exception, logged.Exception);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0x7B, 0x20, 0xFF, 0xFE, 0x20, 0x7D, 0x22, 0x7D })] // {"query":"{ \xFF\xFE }"}
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D })] // a surrogate encoded as UTF-8
    public async Task Invalid_utf8_in_the_body_is_400_JSON_INVALID(byte[] body)
    {
        var http = PostContext(body);
        await CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("not reached"))).HandleAsync(http);
        AssertJsonInvalid(http);
    }

    [Theory]
    [InlineData("""{"query":"{ unit(slug: $s) { name } }","variables":{"s":"\ud800"}}""")]
    [InlineData("""{"query":"{ __typename \udfff }"}""")]
    public async Task An_escaped_lone_surrogate_is_400_JSON_INVALID(string body)
    {
        var http = PostContext(body);
        await CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("not reached"))).HandleAsync(http);
        AssertJsonInvalid(http);
    }

    [Fact]
    public async Task An_answer_over_the_response_size_limit_is_refused_with_RESPONSE_TOO_LARGE()
    {
        var http = PostContext("""{"query":"{ apiVersion }"}""");
        var big = new ExecutionResult { Executed = true, Data = new Dictionary<string, object?> { ["text"] = new string('x', 5000) } };
        await CreateEndpoint(new ThrowingExecuter(null) { Result = big }, maxResponseBytes: 2048).HandleAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        using var json = JsonDocument.Parse(ReadBody(http));
        Assert.Equal("RESPONSE_TOO_LARGE", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("GraphQLHttp:MaxResponseBytes", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static void AssertJsonInvalid(HttpContext http)
    {
        Assert.Equal(StatusCodes.Status400BadRequest, http.Response.StatusCode);
        var body = ReadBody(http);
        Assert.DoesNotContain("System.Text.Json", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("JSON_INVALID", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Execution_gets_the_request_aborted_token_and_a_cancelled_request_writes_nothing()
    {
        using var aborted = new CancellationTokenSource();
        var http = PostContext("""{"query":"{ apiVersion }"}""");
        http.RequestAborted = aborted.Token;
        var executer = new ThrowingExecuter(null) { OnExecute = () => aborted.Cancel() };
        var endpoint = CreateEndpoint(executer);

        await endpoint.HandleAsync(http);

        Assert.Equal(aborted.Token, executer.ReceivedToken);
        Assert.Equal("", ReadBody(http));
    }

    private static GraphQLHttpEndpoint CreateEndpoint(IDocumentExecuter<BudgetSchema> executer, ILogger<GraphQLHttpEndpoint>? logger = null,
        long maxResponseBytes = 8 * 1024 * 1024) =>
        Create(executer, new GraphQLHttpOptions { ResponseCacheEntries = 0, MaxResponseBytes = maxResponseBytes }, logger);

    private sealed class RecordingLogger : ILogger<GraphQLHttpEndpoint>
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }

    private static string ReadBody(HttpContext http) =>
        System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());

    /// <summary>Throws the given exception, or (when null) cancels via <see cref="OnExecute"/> and throws as GraphQL.NET does.</summary>
    private sealed class ThrowingExecuter(Exception? exception) : IDocumentExecuter<BudgetSchema>
    {
        public Action? OnExecute { get; init; }
        public ExecutionResult? Result { get; init; }
        public CancellationToken ReceivedToken { get; private set; }

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            ReceivedToken = options.CancellationToken;
            OnExecute?.Invoke();
            options.CancellationToken.ThrowIfCancellationRequested();
            if (Result is not null) return Task.FromResult(Result);
            throw exception!;
        }
    }
}
