using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Transport;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Whole responses of successful queries, kept in memory while the data they were computed from is unchanged.
/// The data change only on import (<see cref="DataVersion"/>), and dashboards ask the same queries again and again,
/// so a repeated request is answered from memory: the bytes are exactly those the executer produced the first time.
/// Only answers without errors are kept; validation (complexity, depth) ran when the answer was computed, and the
/// key covers everything that shapes an answer: media type, document or id, operation name and variables.
/// Bounded by <see cref="GraphQLHttpOptions.ResponseCacheEntries"/> (0 turns it off); when full, it starts afresh.
/// </summary>
public sealed class ResponseCache(Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions> options, IGraphQLTextSerializer serializer)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);

    public bool Enabled => options.Value.ResponseCacheEntries > 0;

    public string Key(string mediaType, GraphQLRequest request) => string.Join('\u001F',
        mediaType, request.OperationName ?? "", request.DocumentId ?? "", request.Query ?? "",
        request.Variables is { Count: > 0 } variables ? serializer.Serialize(variables) : "");

    public bool TryGet(string key, string dataVersion, out ReadOnlyMemory<byte> body)
    {
        body = default;
        if (!_entries.TryGetValue(key, out var entry) || entry.DataVersion != dataVersion) return false;
        body = entry.Body;
        return true;
    }

    /// <summary>Larger answers are not kept, so the cache stays within a few hundred MB at worst.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public void Add(string key, string dataVersion, ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxBodyBytes) return;
        if (_entries.Count >= options.Value.ResponseCacheEntries) _entries.Clear();
        _entries[key] = new CachedResponse(dataVersion, body.ToArray());
    }

    private sealed record CachedResponse(string DataVersion, ReadOnlyMemory<byte> Body);
}
