using BudgetGraph.Api.Http;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>The response cache and the parsed-document cache are bounded by bytes, not entries.</summary>
public sealed class CacheBytesTests
{
    [Fact]
    public void The_response_cache_never_holds_more_bytes_than_configured()
    {
        var options = Options.Create(new GraphQLHttpOptions { ResponseCacheBytes = 100_000 });
        var cache = new ResponseCache(options, new GraphQLSerializer());
        var body = new byte[10_000];
        for (var i = 0; i < 200; i++) cache.Add($"key-{i}", "v1", body);

        var kept = Enumerable.Range(0, 200).Count(i => cache.TryGet($"key-{i}", "v1", out _));
        Assert.InRange(kept, 1, 100_000 / 10_000);
    }

    [Fact]
    public async Task The_parsed_document_cache_never_holds_more_bytes_than_configured()
    {
        var cache = new ParsedDocumentCache(maxBytes: 50_000);
        var queries = Enumerable.Range(0, 100).Select(i => "{ " + string.Join(" ", Enumerable.Repeat($"a{i}: __typename", 20)) + " }").ToList();
        foreach (var query in queries)
        {
            await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = query }, _ => Task.FromResult(new global::GraphQL.ExecutionResult
            {
                Executed = true,
                Document = GraphQLParser.Parser.Parse(query),
            }));
        }

        var kept = queries.Count(q => cache.TryGet(q) is not null);
        var perDocument = queries[0].Length * ParsedDocumentCache.BytesPerQueryCharacter + 256;
        Assert.InRange(kept, 1, 50_000 / perDocument);
    }
}
