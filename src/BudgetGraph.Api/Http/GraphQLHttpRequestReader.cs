using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Turns an HTTP request into a <see cref="GraphQLRequest"/>: the JSON body of a POST or the query string of a GET.
/// Anything malformed becomes a <see cref="GraphQLHttpRequestException"/> that says what is wrong.
/// </summary>
public sealed class GraphQLHttpRequestReader
{
    /// <summary>Reads a POST: <c>application/json</c> only (UTF-8, the default), body no larger than <paramref name="maxBodyBytes"/>.</summary>
    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request.ContentType);
        if (request.ContentLength > maxBodyBytes) throw TooLarge(maxBodyBytes);

        // The body is read into a pooled buffer, returned once its JSON is decoded (the request keeps copies only).
        using var body = await ReadBoundedAsync(request.Body, maxBodyBytes, cancellationToken);
        if (!System.Text.Unicode.Utf8.IsValid(body.WrittenSpan))
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.JsonInvalid,
                "The request body is not valid UTF-8.");
        using var json = ParseJson(body.WrittenMemory, "The request body");
        return json.RootElement.ValueKind switch
        {
            JsonValueKind.Object => Decoding(() => FromJsonObject(json.RootElement)),
            JsonValueKind.Array => throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.BatchNotSupported, "Batched requests (a JSON array) are not supported; send one request object."),
            _ => throw InvalidParameter("The request body must be a JSON object with a \"query\" string."),
        };
    }

    /// <summary>Reads a GET: <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> (JSON text), <c>documentId</c>.</summary>
    public GraphQLRequest ReadGet(IQueryCollection parameters)
    {
        var request = new GraphQLRequest
        {
            Query = NonEmpty(parameters["query"]),
            OperationName = NonEmpty(parameters["operationName"]),
            DocumentId = NonEmpty(parameters["documentId"]),
            Variables = ReadJsonObjectParameter(parameters["variables"], "variables"),
            Extensions = ReadJsonObjectParameter(parameters["extensions"], "extensions"),
        };
        return RequireQueryOrDocumentId(request);
    }

    private static GraphQLRequest FromJsonObject(JsonElement root)
    {
        var request = new GraphQLRequest
        {
            Query = ReadString(root, "query"),
            OperationName = ReadString(root, "operationName"),
            DocumentId = ReadString(root, "documentId"),
            Variables = ReadObject(root, "variables"),
            Extensions = ReadObject(root, "extensions"),
        };
        return RequireQueryOrDocumentId(request);
    }

    private static GraphQLRequest RequireQueryOrDocumentId(GraphQLRequest request) =>
        request.Query is not null || request.DocumentId is not null
            ? request
            : throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.QueryMissing,
                "The request has no \"query\" (nor a \"documentId\" of a persisted query).");

    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw InvalidParameter($"\"{name}\" must be a string, not {Describe(value.ValueKind)}."),
        };
    }

    private static Inputs? ReadObject(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Object => JsonInputs.Read(value),
            JsonValueKind.Null => null,
            _ => throw InvalidParameter($"\"{name}\" must be a JSON object (a map), not {Describe(value.ValueKind)}."),
        };
    }

    private static Inputs? ReadJsonObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text)) return null;
        using var json = ParseJson(System.Text.Encoding.UTF8.GetBytes(text), $"The \"{name}\" parameter");
        return json.RootElement.ValueKind switch
        {
            JsonValueKind.Object => Decoding(() => JsonInputs.Read(json.RootElement)),
            JsonValueKind.Null => null,
            _ => throw InvalidParameter($"\"{name}\" must be a JSON object (a map), not {Describe(json.RootElement.ValueKind)}."),
        };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.JsonInvalid,
                $"{what} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }
    }

    /// <summary>
    /// Text that is valid JSON but cannot become .NET text — an escaped lone surrogate (<c>"\ud800"</c>) — is malformed
    /// JSON for us (RFC 8259 §8.2): 400 JSON_INVALID, not an internal error.
    /// </summary>
    private static T Decoding<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or ArgumentException or FormatException)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.JsonInvalid,
                "The request is not valid JSON text: it holds a string that is not valid Unicode (e.g. a lone surrogate).");
        }
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is not null
            && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            && parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.InvalidContentType,
            contentType is null
                ? "A POST needs the header Content-Type: application/json."
                : $"Content-Type '{contentType}' is not supported; send application/json (UTF-8).");
    }

    // Reads at most maxBytes + 1 bytes, so an oversized body without Content-Length (chunked) is refused too.
    private static async Task<ArrayPoolBufferWriter<byte>> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayPoolBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
                if (read == 0) return buffer;
                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes) throw TooLarge(maxBytes);
            }
        }
        catch (BadHttpRequestException unreadable)
        {
            // Kestrel's own verdict on the body — it ended before its Content-Length, came too slowly, or passed the
            // server's limit — is the client's fault, with Kestrel's status (400, 408, 413) and its safe message.
            buffer.Dispose();
            throw unreadable.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : new GraphQLHttpRequestException(unreadable.StatusCode, GraphQLHttpErrorCodes.RequestBodyUnreadable,
                    $"The request body could not be read: {unreadable.Message}");
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static GraphQLHttpRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.RequestTooLarge,
            $"The request body is larger than the limit of {maxBytes} bytes (GraphQLHttp:MaxRequestBodyBytes).");

    private static GraphQLHttpRequestException InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidRequestParameter, message);

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
