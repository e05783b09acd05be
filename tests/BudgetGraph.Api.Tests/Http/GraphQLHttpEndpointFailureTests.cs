using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>What the endpoint does when execution itself throws or the client goes away (executer replaced by a fake).</summary>
public sealed class GraphQLHttpEndpointFailureTests
{
    [Fact]
    public async Task Unhandled_exception_becomes_a_graphql_error_with_a_code_and_no_stack_trace()
    {
        var http = PostContext("""{"query":"{ apiVersion }"}""");
        var endpoint = CreateEndpoint(new ThrowingExecuter(new InvalidOperationException("secret connection string leaked?")));

        await endpoint.HandleAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        var body = ReadBody(http);
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("   at ", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").ValueKind);
        Assert.Equal("INTERNAL_SERVER_ERROR", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
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

    private static GraphQLHttpEndpoint CreateEndpoint(IDocumentExecuter<BudgetSchema> executer)
    {
        var serializer = new GraphQLSerializer();
        // No response cache here (these requests never succeed), so no database is needed for the data version.
        var options = Options.Create(new GraphQLHttpOptions { ResponseCacheEntries = 0 });
        return new GraphQLHttpEndpoint(executer, new GraphQLHttpRequestReader(serializer), new GraphQLHttpResponseWriter(serializer, options),
            options, new ParsedDocumentCache(), new ResponseCache(options, serializer), new DataVersion(null!, TimeProvider.System),
            NullLogger<GraphQLHttpEndpoint>.Instance);
    }

    private static DefaultHttpContext PostContext(string body)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static string ReadBody(HttpContext http) =>
        System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());

    /// <summary>Throws the given exception, or (when null) cancels via <see cref="OnExecute"/> and throws as GraphQL.NET does.</summary>
    private sealed class ThrowingExecuter(Exception? exception) : IDocumentExecuter<BudgetSchema>
    {
        public Action? OnExecute { get; init; }
        public CancellationToken ReceivedToken { get; private set; }

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            ReceivedToken = options.CancellationToken;
            OnExecute?.Invoke();
            options.CancellationToken.ThrowIfCancellationRequested();
            throw exception!;
        }
    }
}
