using Microsoft.Extensions.Caching.Memory;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Parsed documents by query text, so a dashboard's repeated query is not parsed again (GraphQL.MemoryCache, which
/// does this upstream, is not available here). Only documents that once passed validation are kept. Validation
/// still runs on every request: the complexity limit depends on variables (<c>first: $n</c>), and the complexity
/// analyzer is not among the rules GraphQL.NET re-runs for cached documents — a test holds this.
/// Bounded by BYTES: a <see cref="MemoryCache"/> with a size limit (<see cref="GraphQLHttpOptions.ParsedDocumentCacheBytes"/>);
/// a parsed document is counted as <see cref="BytesPerQueryCharacter"/> bytes per character of its text (its syntax
/// tree), and least recently used documents leave first.
/// </summary>
public sealed class ParsedDocumentCache(long maxBytes = 32L * 1024 * 1024) : IConfigureExecution
{
    /// <summary>Estimated memory of a parsed document per character of query text (nodes, names, locations).</summary>
    public const int BytesPerQueryCharacter = 24;
    private const int MaxQueryLength = 20_000;
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, maxBytes), CompactionPercentage = 0.25 });

    /// <summary>After the persisted-document handler (200), which turns a documentId into query text.</summary>
    public float SortOrder => 250;

    public GraphQLDocument? TryGet(string? query) =>
        query is not null && documents.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        if (query is null || query.Length > MaxQueryLength) return await next(options);

        var cached = TryGet(query);
        if (cached is not null) options.Document = cached;

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            documents.Set(query, result.Document,
                new MemoryCacheEntryOptions { Size = (long)query.Length * BytesPerQueryCharacter + 256 });
        }
        return result;
    }
}
