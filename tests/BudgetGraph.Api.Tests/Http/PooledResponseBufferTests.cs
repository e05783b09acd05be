using System.Text;
using BudgetGraph.Api.Http;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Executed answers are serialized into buffers rented from the shared pool and returned after writing: a buffer that
/// held a long answer never leaks bytes into a shorter one, the bytes are those kept for the response cache, and an
/// answer over the limit is refused with its buffer returned.
/// </summary>
public sealed class PooledResponseBufferTests
{
    private static ExecutionResult Result(string text) => new()
    {
        Executed = true,
        Data = new Dictionary<string, object?> { ["text"] = text },
    };

    private static async Task<(byte[] Body, long? Length)> WriteAsync(GraphQLHttpResponseWriter writer, ExecutionResult result)
    {
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        await writer.WriteResultAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status200OK, result, cacheable: false, CancellationToken.None);
        return (body.ToArray(), http.Response.ContentLength);
    }

    [Fact]
    public async Task Long_then_short_answers_are_written_whole_and_exact()
    {
        var writer = Writer(new GraphQLHttpOptions());
        foreach (var text in new[] { new string('a', 40_000), "b", new string('x', 5_000), "" })
        {
            var (body, length) = await WriteAsync(writer, Result(text));
            var expected = "{\"data\":{\"text\":\"" + text + "\"}}";
            Assert.Equal(expected, Encoding.UTF8.GetString(body));
            Assert.Equal(body.Length, length);
            // The bytes kept for the response cache are the same bytes, in an array of their own.
            var kept = await writer.SerializeAsync(Result(text), CancellationToken.None);
            Assert.Equal(body, kept.ToArray());
            Assert.Equal(kept.Length, kept.ToArray().Length);
        }
    }

    [Fact]
    public async Task An_answer_over_the_limit_is_refused_and_the_next_one_is_whole()
    {
        var writer = Writer(new GraphQLHttpOptions { MaxResponseBytes = 2048 });
        await Assert.ThrowsAsync<ResponseTooLargeException>(() => WriteAsync(writer, Result(new string('x', 100_000))));
        var (body, _) = await WriteAsync(writer, Result("ok"));
        Assert.Equal("{\"data\":{\"text\":\"ok\"}}", Encoding.UTF8.GetString(body));
    }

    private static GraphQLHttpResponseWriter Writer(GraphQLHttpOptions options)
    {
        var wrapped = Options.Create(options);
        return new GraphQLHttpResponseWriter(new GraphQLSerializer(), wrapped, EndpointWithoutDatabase.ContentCoding(wrapped));
    }
}
