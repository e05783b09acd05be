using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.Http;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The HTTP endpoint on its own, with a fake executer and in-memory request/response bodies: for what the endpoint
/// does around execution (failures, shedding), without a database or a server.
/// </summary>
internal static class EndpointWithoutDatabase
{
    /// <param name="options">Must have the response cache off (<c>ResponseCacheEntries = 0</c>): there is no database for the data version.</param>
    public static GraphQLHttpEndpoint Create(IDocumentExecuter<BudgetSchema> executer, GraphQLHttpOptions options,
        ILogger<GraphQLHttpEndpoint>? logger = null, ExecutionGate? gate = null)
    {
        var serializer = new GraphQLSerializer();
        var wrapped = Options.Create(options);
        var contentCoding = ContentCoding(wrapped);
        return new GraphQLHttpEndpoint(executer, new GraphQLHttpRequestReader(), new GraphQLHttpResponseWriter(serializer, wrapped, contentCoding),
            wrapped, new ParsedDocumentCache(), new ResponseCache(wrapped, serializer), new DataVersion(null!, TimeProvider.System),
            gate ?? new ExecutionGate(options.MaxConcurrentExecutions), contentCoding, logger ?? NullLogger<GraphQLHttpEndpoint>.Instance);
    }

    /// <summary>The service's compression decisions with the middleware's default providers (Brotli, gzip).</summary>
    public static ResponseContentCoding ContentCoding(IOptions<GraphQLHttpOptions> options) =>
        new(new ServiceCollection().AddLogging().AddResponseCompression().BuildServiceProvider().GetRequiredService<IResponseCompressionProvider>(), options);

    public static DefaultHttpContext PostContext(string body) => PostContext(System.Text.Encoding.UTF8.GetBytes(body));

    public static DefaultHttpContext PostContext(byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(body);
        http.Response.Body = new MemoryStream();
        return http;
    }
}
