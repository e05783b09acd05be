using System.Collections.Frozen;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Compression of answers (Brotli or gzip, as the client's <c>Accept-Encoding</c> prefers) by ASP.NET Core's response
/// compression middleware, and what an answer's headers must say about it. A compressed body is another representation
/// of the same answer, so (RFC 9110 §8.8.3) it needs its own strong ETag: <see cref="EntityTagFor"/> adds the coding to
/// the tag (<c>"…-br"</c>), asking the middleware's own provider which coding it will pick. A client that revalidates
/// with the tag it was given, under the same Accept-Encoding, gets its 304; any other tag gets the full answer.
/// Off with <see cref="GraphQLHttpOptions.CompressResponses"/> = false (e.g. behind a proxy that compresses).
/// </summary>
public sealed class ResponseContentCoding(IResponseCompressionProvider provider, IOptions<GraphQLHttpOptions> options)
{
    /// <summary>
    /// The media types compressed: the GraphQL answers, CSV files, and the IDE's and dashboard's pages, scripts and
    /// styles. Fonts and images other than SVG are compressed already. The middleware is given this same list.
    /// </summary>
    public static readonly FrozenSet<string> CompressibleMediaTypes = new[]
    {
        GraphQLMediaTypes.GraphQLResponse, GraphQLMediaTypes.Json, "text/csv", "text/plain", "text/html", "text/css",
        "text/javascript", "application/javascript", "application/manifest+json", "image/svg+xml",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the service compresses answers at all (<see cref="GraphQLHttpOptions.CompressResponses"/>).</summary>
    public bool Enabled => options.Value.CompressResponses;

    /// <summary>
    /// The content coding (<c>br</c>, <c>gzip</c>) the middleware will give this request's answer of type
    /// <paramref name="contentType"/>, or null when it will be sent as it is.
    /// </summary>
    public string? CodingFor(HttpContext http, string contentType)
    {
        if (!Enabled || !IsCompressible(contentType)) return null;
        // The middleware's own decision, in its order: an Accept-Encoding at all, then the provider it prefers.
        if (!provider.CheckRequestAcceptsCompression(http)) return null;
        return provider.GetCompressionProvider(http)?.EncodingName;
    }

    /// <summary>
    /// <paramref name="identityTag"/> (a quoted strong tag of the uncompressed bytes) for the representation this
    /// request will get: unchanged when sent as it is, <c>"tag-br"</c> when Brotli-compressed.
    /// </summary>
    public string EntityTagFor(HttpContext http, string contentType, string identityTag) =>
        CodingFor(http, contentType) is { } coding ? identityTag[..^1] + "-" + coding + "\"" : identityTag;

    /// <summary>
    /// The Vary header of an answer of type <paramref name="contentType"/>: Accept when <paramref name="varyOnAccept"/>,
    /// and Accept-Encoding when the type is compressed — also when this request asked for no compression, so that a
    /// shared cache does not file the plain answer as the only one. Null: no Vary.
    /// </summary>
    public string? VaryFor(string contentType, bool varyOnAccept) =>
        (Enabled && IsCompressible(contentType), varyOnAccept) switch
        {
            (true, true) => AcceptAndAcceptEncoding,
            (true, false) => HeaderNames.AcceptEncoding,
            (false, true) => HeaderNames.Accept,
            (false, false) => null,
        };

    private static readonly string AcceptAndAcceptEncoding = HeaderNames.Accept + ", " + HeaderNames.AcceptEncoding;

    private static bool IsCompressible(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        return CompressibleMediaTypes.Contains((semicolon < 0 ? contentType : contentType[..semicolon]).Trim());
    }
}
