namespace BudgetGraph.Api.Http;

/// <summary>The serialized answer passed <see cref="GraphQLHttpOptions.MaxResponseBytes"/>; the client gets <c>RESPONSE_TOO_LARGE</c>.</summary>
public sealed class ResponseTooLargeException(long maxBytes)
    : Exception($"The response is larger than the limit of {maxBytes} bytes (GraphQLHttp:MaxResponseBytes); select fewer fields or a smaller page.");
