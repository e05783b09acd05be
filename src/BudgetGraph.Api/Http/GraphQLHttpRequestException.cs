namespace BudgetGraph.Api.Http;

/// <summary>
/// A request that is not a well-formed GraphQL-over-HTTP request (bad JSON, a parameter of the wrong type,
/// no query, a body too large…). The endpoint answers it with <see cref="StatusCode"/> and a GraphQL error
/// whose <c>extensions.code</c> is <see cref="Code"/>.
/// </summary>
public sealed class GraphQLHttpRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;

    /// <summary>Extra response headers, e.g. <c>Allow</c> for 405.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
