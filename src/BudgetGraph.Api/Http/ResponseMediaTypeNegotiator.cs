using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Picks the response media type from the Accept header, as the GraphQL-over-HTTP draft (2023) says:
/// <c>application/graphql-response+json</c> when the client asks for it (preferred at equal quality),
/// <c>application/json</c> when it asks only for that, for <c>*/*</c> or <c>application/*</c>, or sends no Accept
/// (legacy clients, "watershed" rule), and nothing (406) when it accepts neither.
/// </summary>
public static class ResponseMediaTypeNegotiator
{
    public static string? Negotiate(string? acceptHeader)
    {
        if (string.IsNullOrWhiteSpace(acceptHeader)) return GraphQLMediaTypes.Json;
        if (!MediaTypeHeaderValue.TryParseList([acceptHeader], out var ranges)) return GraphQLMediaTypes.Json;

        string? best = null;
        double bestQuality = 0;
        var bestIsPreferred = false;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0 || !AcceptsUtf8(range)) continue;
            var candidate = Match(range.MediaType.Value);
            if (candidate is null) continue;
            var isPreferred = candidate == GraphQLMediaTypes.GraphQLResponse;
            if (quality > bestQuality || (quality == bestQuality && isPreferred && !bestIsPreferred))
            {
                (best, bestQuality, bestIsPreferred) = (candidate, quality, isPreferred);
            }
        }
        return best;
    }

    private static string? Match(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        GraphQLMediaTypes.GraphQLResponse => GraphQLMediaTypes.GraphQLResponse,
        GraphQLMediaTypes.Json or "application/*" or "*/*" => GraphQLMediaTypes.Json,
        _ => null,
    };

    // We only ever write UTF-8; a range that names another charset is not one we can satisfy.
    private static bool AcceptsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
