namespace BudgetGraph.Api.Http;

/// <summary>
/// Stable <c>extensions.code</c> values of transport-level errors (named as graphql-dotnet/server names them,
/// so clients written for it read them the same way).
/// </summary>
public static class GraphQLHttpErrorCodes
{
    public const string JsonInvalid = "JSON_INVALID";
    public const string QueryMissing = "QUERY_MISSING";
    public const string InvalidRequestParameter = "INVALID_REQUEST_PARAMETER";
    public const string BatchNotSupported = "BATCH_REQUEST_NOT_SUPPORTED";
    public const string InvalidContentType = "INVALID_CONTENT_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "HTTP_METHOD_VALIDATION";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    /// <summary>The body ended before its Content-Length or arrived too slowly (Kestrel refused it).</summary>
    public const string RequestBodyUnreadable = "REQUEST_BODY_UNREADABLE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string PersistedDocumentStoreFull = "PERSISTED_DOCUMENT_STORE_FULL";
    public const string ApiKeyMissing = "API_KEY_MISSING";
    public const string ApiKeyInvalid = "API_KEY_INVALID";
    public const string PersistedDocumentRegistrationDisabled = "PERSISTED_DOCUMENT_REGISTRATION_DISABLED";
    public const string ServerBusy = "SERVER_BUSY";
}
