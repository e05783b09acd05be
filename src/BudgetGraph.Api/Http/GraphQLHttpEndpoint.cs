using BudgetGraph.Api.GraphQL;
using BudgetGraph.Api.GraphQL.Infrastructure;
using BudgetGraph.Api.Http.Csv;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http draft, as graphql-http audits it): GET for queries, POST application/json,
/// <c>application/graphql-response+json</c> or <c>application/json</c> responses, spec status codes, a body size limit.
/// Every failure is a GraphQL error body with a code; nothing escapes as a 500 or a stack trace.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<BudgetSchema> executer,
    GraphQLHttpRequestReader reader,
    GraphQLHttpResponseWriter writer,
    IOptions<GraphQLHttpOptions> options,
    ParsedDocumentCache documentCache,
    ResponseCache responseCache,
    DataVersion dataVersion,
    ExecutionGate gate,
    ResponseContentCoding contentCoding,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly CsvResultWriter csvWriter = new(writer);

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        // Every answer depends on Accept — its media type, an error's status (400 or 200), CSV or JSON, 406 — so every
        // answer says so, not only the cacheable ones: a cache must not give one Accept's answer to another. Every type
        // it answers with (JSON, CSV) is compressed when the client accepts it, so they vary on Accept-Encoding too.
        http.Response.Headers.Vary = contentCoding.VaryFor(GraphQLMediaTypes.Json, varyOnAccept: true);
        // A GET that asks for text/csv gets the query's list as a file (errors about it still come as JSON).
        var csv = CsvAcceptance.IsRequested(http.Request);
        var mediaType = csv ? GraphQLMediaTypes.Json : ResponseMediaTypeNegotiator.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            var notAcceptable = new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, GraphQLHttpErrorCodes.NotAcceptable,
                $"Accept '{http.Request.Headers.Accept}' allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}.");
            await writer.WriteRequestErrorAsync(http, GraphQLMediaTypes.Json, notAcceptable, cancellationToken);
            return;
        }

        try
        {
            var isGet = HttpMethods.IsGet(http.Request.Method);
            var request = isGet
                ? reader.ReadGet(http.Request.Query)
                : await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
            var document = isGet ? ParseAndRejectNonQueryOperation(request) : null;

            string? cacheKey = null, version = null;
            if (responseCache.Enabled && !csv && !ResponseCacheBypass.IsSet(http) && IsQuery(request, document))
            {
                cacheKey = responseCache.Key(mediaType, request);
                version = await dataVersion.CurrentAsync(cancellationToken);
                if (responseCache.TryGet(cacheKey, version, out var cached))
                {
                    await writer.WriteSerializedAsync(http, mediaType, StatusCodes.Status200OK, cached, cacheable: isGet, cancellationToken);
                    return;
                }
            }

            // Past the cache: the request executes, within the bounded number of slots (ExecutionGate). The slot is held
            // until the answer is written, because the result tree lives until then.
            using var slot = await gate.EnterAsync(TimeSpan.FromSeconds(options.Value.MaxExecutionWaitSeconds), cancellationToken)
                ?? throw ServerBusy();
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = new Dictionary<string, object?> { [InternalErrors.CorrelationIdKey] = http.TraceIdentifier },
                CancellationToken = cancellationToken,
            });

            if (csv)
            {
                var operationName = request.OperationName ?? (document is null ? null : SelectOperation(document, null)?.Name?.StringValue);
                await csvWriter.WriteAsync(http, result, operationName, cancellationToken);
                return;
            }

            // With graphql-response+json a request that never executed (syntax, validation or variable errors: no
            // "data" entry) is the client's fault: 400. With application/json every well-formed request gets 200.
            // A field that failed inside the service (logged with the correlation id) makes it a 500 for monitors.
            var statusCode = result.Errors?.Any(e => e.Code == InternalErrors.Code) == true
                ? StatusCodes.Status500InternalServerError
                : !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
                    ? StatusCodes.Status400BadRequest
                    : StatusCodes.Status200OK;
            if (cacheKey is not null && version is not null && result.Executed && result.Errors is not { Count: > 0 })
            {
                var body = await writer.SerializeAsync(result, cancellationToken);
                responseCache.Add(cacheKey, version, body);
                await writer.WriteSerializedAsync(http, mediaType, statusCode, body, cacheable: isGet, cancellationToken);
                return;
            }
            await writer.WriteResultAsync(http, mediaType, statusCode, result, cacheable: isGet && result.Executed, cancellationToken);
        }
        catch (GraphQLHttpRequestException requestError)
        {
            // The client's error, answered as such; Debug shows it to whoever debugs a client, never as the service's.
            logger.LogDebug("Request {CorrelationId} refused: {Status} {Code}: {Message}", http.TraceIdentifier,
                requestError.StatusCode, requestError.Code, requestError.Message);
            await writer.WriteRequestErrorAsync(http, mediaType, requestError, cancellationToken);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            await writer.WriteResponseTooLargeAsync(http, mediaType, tooLarge, cancellationToken);
        }
        catch (Exception gone) when (cancellationToken.IsCancellationRequested && gone is OperationCanceledException or IOException)
        {
            // The client went away (a cancelled read or write, or a reset connection mid-body): the executer stopped
            // resolving, and there is nobody to answer. Not a failure of the service, so not an error in its log.
            logger.LogDebug(gone, "Request {CorrelationId}: the client went away", http.TraceIdentifier);
        }
        catch (Exception unexpected)
        {
            // Out of memory included: the details go to the log under the correlation id, the client gets only the id.
            logger.LogError(unexpected, "Unhandled error {CorrelationId} while serving a GraphQL request", http.TraceIdentifier);
            await writer.WriteInternalErrorAsync(http, mediaType, http.TraceIdentifier, CancellationToken.None);
        }
    }

    private GraphQLHttpRequestException ServerBusy() =>
        new(StatusCodes.Status503ServiceUnavailable, GraphQLHttpErrorCodes.ServerBusy,
            $"The service is executing {gate.MaxConcurrentExecutions} requests and none finished within {options.Value.MaxExecutionWaitSeconds:0.#} s; retry shortly.")
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
        };

    /// <summary>
    /// Only queries are answered from the cache. The schema has no mutations, but a POSTed document is parsed here
    /// only when it is cached already; anything not known to be a query simply is not cached.
    /// </summary>
    private bool IsQuery(GraphQLRequest request, GraphQLDocument? document)
    {
        if (request.DocumentId is not null) return true; // persisted documents are registered queries
        document ??= request.Query is null ? null : documentCache.TryGet(request.Query);
        if (document is null) return request.Query is not null && request.Query.TrimStart().StartsWith('{');
        var operation = SelectOperation(document, request.OperationName);
        return operation is { Operation: OperationType.Query };
    }

    /// <summary>
    /// GET must not change anything: parse the document and refuse a mutation or subscription with 405 (Allow: POST).
    /// The parsed (or cached) document goes on to the executer, so GET queries are parsed once. A syntax error is left for the
    /// executer to report as a regular GraphQL error.
    /// </summary>
    private GraphQLDocument? ParseAndRejectNonQueryOperation(GraphQLRequest request)
    {
        if (request.Query is null) return null;
        var document = documentCache.TryGet(request.Query);
        try
        {
            document ??= GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParserException) // a syntax error, or nested deeper than the parser allows
        {
            return null;
        }

        var operation = SelectOperation(document, request.OperationName);
        if (operation is { Operation: not OperationType.Query })
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            {
                Headers = new Dictionary<string, string> { ["Allow"] = "POST" },
            };
        }
        return document;
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? only = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (operationName is not null && operation.Name is not null && operation.Name.Value.Span.SequenceEqual(operationName)) return operation;
            only = operation;
            count++;
        }
        // Without a name the executer accepts exactly one operation; otherwise it reports the ambiguity itself.
        return operationName is null && count == 1 ? only : null;
    }
}
