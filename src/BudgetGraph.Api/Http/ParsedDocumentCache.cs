using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Parsed documents by query text, so a dashboard's repeated query is not parsed again (GraphQL.MemoryCache, which
/// does this upstream, is not available here). Only documents that once passed validation are kept. Validation
/// still runs on every request: the complexity limit depends on variables (<c>first: $n</c>), and the complexity
/// analyzer is not among the rules GraphQL.NET re-runs for cached documents — a test holds this.
/// Bounded: when full it starts over, which is cheap and never wrong.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution
{
    private const int MaxEntries = 2_000;
    private const int MaxQueryLength = 20_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    /// <summary>After the persisted-document handler (200), which turns a documentId into query text.</summary>
    public float SortOrder => 250;

    public GraphQLDocument? TryGet(string? query) =>
        query is not null && documents.TryGetValue(query, out var document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (query is null || query.Length > MaxQueryLength) return await next(options);

        var cached = TryGet(query);
        if (cached is not null) options.Document = cached;

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            if (documents.Count >= MaxEntries) documents.Clear();
            documents.TryAdd(query, result.Document);
        }
        return result;
    }
}
