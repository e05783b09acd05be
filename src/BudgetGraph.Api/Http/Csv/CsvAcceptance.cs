using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http.Csv;

/// <summary>
/// Whether a request wants the query's list as CSV: a GET whose <c>Accept</c> names <c>text/csv</c> at least as highly
/// as any JSON type it accepts (so <c>*/*</c> or a browser's Accept never gets CSV by accident).
/// </summary>
public static class CsvAcceptance
{
    public const string MediaType = "text/csv";

    public static bool IsRequested(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var ranges)) return false;

        double csv = 0, json = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == MediaType) csv = Math.Max(csv, quality);
            else if (type is GraphQLMediaTypes.GraphQLResponse or GraphQLMediaTypes.Json or "application/*" or "*/*") json = Math.Max(json, quality);
        }
        return csv > 0 && csv >= json;
    }
}
