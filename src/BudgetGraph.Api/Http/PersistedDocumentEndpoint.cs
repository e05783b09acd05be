using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>POST /graphql/documents</c> with <c>{"query": "…"}</c> registers a query and answers 201 with its
/// <c>documentId</c>. Only read operations can be registered, since persisted documents are called with GET.
/// </summary>
public sealed class PersistedDocumentEndpoint(
    PersistedDocumentStore store,
    GraphQLHttpRequestReader reader,
    GraphQLHttpResponseWriter writer,
    IOptions<GraphQLHttpOptions> options)
{
    public const string PathSuffix = "/documents";

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        try
        {
            var request = await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
            var query = request.Query ?? throw Invalid(GraphQLHttpErrorCodes.QueryMissing, "Send {\"query\": \"…\"} to register a query.");
            EnsureOnlyQueries(query);

            string documentId;
            try
            {
                documentId = store.Register(query);
            }
            catch (InvalidOperationException full)
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status507InsufficientStorage, GraphQLHttpErrorCodes.PersistedDocumentStoreFull, full.Message);
            }
            http.Response.StatusCode = StatusCodes.Status201Created;
            await http.Response.WriteAsJsonAsync(new { documentId }, cancellationToken);
        }
        catch (GraphQLHttpRequestException error)
        {
            await writer.WriteRequestErrorAsync(http, GraphQLMediaTypes.Json, error, cancellationToken);
        }
    }

    private static void EnsureOnlyQueries(string query)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException e)
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
