using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>POST /graphql/documents</c> with <c>{"query": "…"}</c> and the header <c>X-Api-Key</c> registers a query and
/// answers 201 with its <c>documentId</c>. Registration writes to the shared store, so it needs the key configured as
/// <see cref="PersistedDocumentOptions.ApiKey"/>: without a key sent → 401, a wrong key → 403, none configured →
/// 403 (registration disabled); a server whose database is read-only (<see cref="DatabaseOptions.ReadOnly"/>) answers
/// 403 with the same code whatever the key. Only read operations can be registered, since persisted documents are
/// called with GET.
/// </summary>
public sealed class PersistedDocumentEndpoint(
    PersistedDocumentStore store,
    DatabaseOptions database,
    GraphQLHttpRequestReader reader,
    GraphQLHttpResponseWriter writer,
    IOptions<GraphQLHttpOptions> options,
    IOptions<PersistedDocumentOptions> documentOptions)
{
    public const string PathSuffix = "/documents";

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        try
        {
            Authorize(http.Request);
            var request = await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
            var query = request.Query ?? throw Invalid(GraphQLHttpErrorCodes.QueryMissing, "Send {\"query\": \"…\"} to register a query.");
            EnsureOnlyQueries(query);

            var documentId = await store.RegisterAsync(query, cancellationToken);
            http.Response.StatusCode = StatusCodes.Status201Created;
            await http.Response.WriteAsJsonAsync(new { documentId }, cancellationToken);
        }
        catch (GraphQLHttpRequestException error)
        {
            await writer.WriteRequestErrorAsync(http, GraphQLMediaTypes.Json, error, cancellationToken);
        }
    }

    private void Authorize(HttpRequest request)
    {
        const string header = PersistedDocumentOptions.ApiKeyHeader;
        if (database.ReadOnly)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status403Forbidden, GraphQLHttpErrorCodes.PersistedDocumentRegistrationDisabled,
                "Registering persisted documents is disabled on this server: it serves its database read-only (Database:ReadOnly).");
        }
        if (documentOptions.Value.ApiKey is not { Length: > 0 } expected)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status403Forbidden, GraphQLHttpErrorCodes.PersistedDocumentRegistrationDisabled,
                "Registering persisted documents is disabled on this server (no PersistedDocuments:ApiKey is configured).");
        }
        var sent = request.Headers[header].ToString();
        if (sent.Length == 0)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status401Unauthorized, GraphQLHttpErrorCodes.ApiKeyMissing,
                $"Registering a persisted document needs an API key in the {header} header.")
            {
                Headers = new Dictionary<string, string> { ["WWW-Authenticate"] = $"ApiKey header=\"{header}\"" },
            };
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected)))
            throw new GraphQLHttpRequestException(StatusCodes.Status403Forbidden, GraphQLHttpErrorCodes.ApiKeyInvalid, $"The {header} header does not hold a valid API key.");
    }

    private static void EnsureOnlyQueries(string query)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException e) // a syntax error, or nested deeper than the parser allows
        {
            throw Invalid("SYNTAX_ERROR", $"The query does not parse: {e.Message}");
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0) throw Invalid(GraphQLHttpErrorCodes.QueryMissing, "The document has no operation.");
        if (operations.Any(o => o.Operation != OperationType.Query))
            throw Invalid(GraphQLHttpErrorCodes.MethodNotAllowed, "Only queries can be persisted: persisted documents are called with GET.");
    }

    private static GraphQLHttpRequestException Invalid(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message);
}
