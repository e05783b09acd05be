using Microsoft.Extensions.Caching.Memory;
using GraphQL;
using GraphQL.Transport;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Whole responses of successful queries, kept in memory while the data they were computed from is unchanged.
/// The data change only on import (<see cref="DataVersion"/>), and dashboards ask the same queries again and again,
/// so a repeated request is answered from memory: the bytes are exactly those the executer produced the first time.
/// Only answers without errors are kept; validation (complexity, depth) ran when the answer was computed, and the
/// key covers everything that shapes an answer: media type, document or id, operation name and variables.
/// Bounded by BYTES: a <see cref="MemoryCache"/> with a size limit of <see cref="GraphQLHttpOptions.ResponseCacheBytes"/>
/// (each entry counts its body and key), least recently used entries leave first;
/// <see cref="GraphQLHttpOptions.ResponseCacheEntries"/> = 0 turns it off.
/// </summary>
public sealed class ResponseCache(Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions> options, IGraphQLTextSerializer serializer)
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResponseCacheBytes), CompactionPercentage = 0.25 });

    public bool Enabled => options.Value.ResponseCacheEntries > 0 && options.Value.ResponseCacheBytes > 0;

    public string Key(string mediaType, GraphQLRequest request) => string.Join('\u001F',
        mediaType, request.OperationName ?? "", request.DocumentId ?? "", request.Query ?? "",
        request.Variables is { Count: > 0 } variables ? serializer.Serialize(variables) : "");

    public bool TryGet(string key, string dataVersion, out ReadOnlyMemory<byte> body)
    {
        body = default;
        if (!_entries.TryGetValue(key, out CachedResponse? entry) || entry is null || entry.DataVersion != dataVersion) return false;
        body = entry.Body;
        return true;
    }

    /// <summary>An answer larger than this is not kept (one answer never takes a large share of the cache).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public void Add(string key, string dataVersion, ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxBodyBytes) return;
        _entries.Set(key, new CachedResponse(dataVersion, body.ToArray()),
            new MemoryCacheEntryOptions { Size = body.Length + key.Length * 2L + 64 });
    }

    private sealed record CachedResponse(string DataVersion, ReadOnlyMemory<byte> Body);
}
