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

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, "Unexpected end of request content.", "REQUEST_BODY_UNREADABLE")]
    [InlineData(StatusCodes.Status408RequestTimeout, "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.", "REQUEST_BODY_UNREADABLE")]
    [InlineData(StatusCodes.Status413PayloadTooLarge, "Request body too large. The max request body size is 30000000 bytes.", "REQUEST_TOO_LARGE")]
    public async Task A_body_Kestrel_refuses_is_the_clients_error_with_Kestrels_status_and_no_error_in_the_log(int status, string kestrelMessage, string code)
    {
        // Kestrel's messages as it words them; the body stream throws as Kestrel's does.
        var http = PostContext("");
        http.Request.Body = new ThrowingStream(new BadHttpRequestException(kestrelMessage, status));
        var logger = new RecordingLogger();

        await CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("not reached")), logger).HandleAsync(http);

        Assert.Equal(status, http.Response.StatusCode);
        using var json = JsonDocument.Parse(ReadBody(http));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        if (code == "REQUEST_BODY_UNREADABLE")
            Assert.Equal("The request body could not be read: " + kestrelMessage, error.GetProperty("message").GetString());
        var logged = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Debug, logged.Level);
        Assert.Contains($"refused: {status} {code}", logged.Message);
    }

    [Fact]
    public async Task A_connection_reset_while_the_body_is_read_writes_nothing_and_is_logged_at_Debug_only()
    {
        using var aborted = new CancellationTokenSource();
        var http = PostContext("");
        http.RequestAborted = aborted.Token;
        // Kestrel signals RequestAborted and fails the read with ConnectionResetException, an IOException.
        http.Request.Body = new ThrowingStream(new IOException("The client reset the request stream."), onRead: aborted.Cancel);
        var logger = new RecordingLogger();

        await CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("not reached")), logger).HandleAsync(http);

        Assert.Equal("", ReadBody(http));
        var logged = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Debug, logged.Level);
    }

    [Fact]
    public async Task An_IOException_while_the_client_is_still_there_is_still_a_500_logged_as_an_error()
    {
        var http = PostContext("");
        var failure = new IOException("disk gone");
        http.Request.Body = new ThrowingStream(failure);
        var logger = new RecordingLogger();

        await CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("not reached")), logger).HandleAsync(http);

        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        var logged = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Same(failure, logged.Exception);
    }

    private static GraphQLHttpEndpoint CreateEndpoint(IDocumentExecuter<BudgetSchema> executer, ILogger<GraphQLHttpEndpoint>? logger = null,
        long maxResponseBytes = 8 * 1024 * 1024) =>
        Create(executer, new GraphQLHttpOptions { ResponseCacheEntries = 0, MaxResponseBytes = maxResponseBytes }, logger);

    private sealed class RecordingLogger : ILogger<GraphQLHttpEndpoint>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }

    /// <summary>A request body whose every read fails, as Kestrel's does when the body cannot be had.</summary>
    private sealed class ThrowingStream(Exception failure, Action? onRead = null) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw Fail();
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw Fail();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private Exception Fail()
        {
            onRead?.Invoke();
            return failure;
        }
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
