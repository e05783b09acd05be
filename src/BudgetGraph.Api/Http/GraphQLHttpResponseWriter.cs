using System.Buffers;
using System.Security.Cryptography;
using CommunityToolkit.HighPerformance.Buffers;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Writes GraphQL results and transport errors. The body is serialized into memory first, so the response has a
/// Content-Length and a GET answer can carry an ETag (a hash of the media type and the exact bytes: a new import that
/// changes the answer changes the tag) and be revalidated with If-None-Match → 304. <c>Vary: Accept</c> is the
/// endpoint's (<see cref="GraphQLHttpEndpoint"/>): every answer it gives depends on Accept. Compression is the
/// middleware's, after this writer; the tag names the coding it will apply (<see cref="ResponseContentCoding"/>).
/// </summary>
public sealed class GraphQLHttpResponseWriter(IGraphQLSerializer serializer, IOptions<GraphQLHttpOptions> options,
    ResponseContentCoding contentCoding)
{
    /// <summary>
    /// Serializes <paramref name="result"/> into a pooled buffer (<see cref="SerializePooledAsync"/>), writes it and returns
    /// the buffer to the pool: the answer of an executed request costs no new memory for its bytes.
    /// </summary>
    public async Task WriteResultAsync(HttpContext http, string mediaType, int statusCode, ExecutionResult result, bool cacheable,
        CancellationToken cancellationToken)
    {
        using var body = await SerializePooledAsync(result, cancellationToken);
        await WriteSerializedAsync(http, mediaType, statusCode, body.WrittenMemory, cacheable, cancellationToken);
    }

    /// <summary>Writes an answer serialized earlier (e.g. kept by <see cref="ResponseCache"/>), with the same ETag rules.</summary>
    public async Task WriteSerializedAsync(HttpContext http, string mediaType, int statusCode, ReadOnlyMemory<byte> body,
        bool cacheable, CancellationToken cancellationToken)
    {
        if (cacheable && statusCode == StatusCodes.Status200OK)
        {
            // The tag of the bytes as they will travel: compressed ones are another representation (ResponseContentCoding).
            var entityTag = contentCoding.EntityTagFor(http, mediaType, ComputeEntityTag(mediaType, body.Span));
            var headers = http.Response.Headers;
            headers.ETag = entityTag;
            headers.CacheControl = $"public, max-age={options.Value.GetResponseMaxAgeSeconds}";
            if (EntityTags.MatchesIfNoneMatch(http.Request, entityTag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        await WriteBodyAsync(http, mediaType, statusCode, body, cancellationToken);
    }

    public Task WriteRequestErrorAsync(HttpContext http, string mediaType, GraphQLHttpRequestException error, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in error.Headers) http.Response.Headers[name] = value;
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        return WriteErrorResultAsync(http, mediaType, error.StatusCode, result, cancellationToken);
    }

    /// <summary>
    /// Something we did not foresee failed (out of memory included): HTTP 500, so monitors see it, with a generic
    /// message and the correlation id under which the details were logged — never a stack trace or an exception's text.
    /// </summary>
    public Task WriteInternalErrorAsync(HttpContext http, string mediaType, string correlationId, CancellationToken cancellationToken)
    {
        var result = new ExecutionResult { Executed = true, Data = null };
        result.AddError(GraphQL.Infrastructure.InternalErrors.Error(correlationId));
        return WriteErrorResultAsync(http, mediaType, StatusCodes.Status500InternalServerError, result, cancellationToken);
    }

    /// <summary>The answer would pass <see cref="GraphQLHttpOptions.MaxResponseBytes"/>: <c>"data": null</c> and <c>RESPONSE_TOO_LARGE</c>.</summary>
    public Task WriteResponseTooLargeAsync(HttpContext http, string mediaType, ResponseTooLargeException error, CancellationToken cancellationToken)
    {
        var result = new ExecutionResult { Executed = true, Data = null };
        result.AddError(new ExecutionError(error.Message) { Code = GraphQLHttpErrorCodes.ResponseTooLarge });
        return WriteErrorResultAsync(http, mediaType, StatusCodes.Status200OK, result, cancellationToken);
    }

    private async Task WriteErrorResultAsync(HttpContext http, string mediaType, int statusCode, ExecutionResult result,
        CancellationToken cancellationToken)
    {
        if (http.Response.HasStarted) return;
        using var body = await SerializePooledAsync(result, cancellationToken);
        await WriteBodyAsync(http, mediaType, statusCode, body.WrittenMemory, cancellationToken);
    }

    /// <summary>The answer's bytes in an array of their own (e.g. to be kept by <see cref="ResponseCache"/>).</summary>
    public async Task<ReadOnlyMemory<byte>> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var body = await SerializePooledAsync(result, cancellationToken);
        return body.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The answer's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; the caller disposes it (returning
    /// the buffer) once the bytes are written. Past <see cref="GraphQLHttpOptions.MaxResponseBytes"/> it throws
    /// <see cref="ResponseTooLargeException"/>, and the buffer goes back to the pool.
    /// </summary>
    public async Task<ArrayPoolBufferWriter<byte>> SerializePooledAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayPoolBufferWriter<byte>(4096);
        try
        {
            await using (var stream = new BufferWriterStream(buffer, options.Value.MaxResponseBytes))
                await serializer.WriteAsync(stream, result, cancellationToken);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static async Task WriteBodyAsync(HttpContext http, string mediaType, int statusCode, ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, cancellationToken);
    }

    /// <summary>
    /// The tag of one representation: the media type is hashed with the bytes, because the same bytes as
    /// <c>application/json</c> and as <c>application/graphql-response+json</c> are two representations (their
    /// Content-Type differs, and so do the status codes of errors). One tag for both would let a cache or an
    /// If-None-Match revalidation hand a client the other type's answer.
    /// </summary>
    private static string ComputeEntityTag(string mediaType, ReadOnlySpan<byte> body)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(System.Text.Encoding.ASCII.GetBytes(mediaType + "\n"));
        sha256.AppendData(body);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha256.GetHashAndReset(hash);
        return "\"" + Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_') + "\"";
    }
}
