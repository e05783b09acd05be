using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Persisted documents for dashboards: a query registered once is then called by its id
/// <c>sha256:&lt;64 lowercase hex of the query's UTF-8 bytes&gt;</c> (GET <c>/graphql?documentId=…&amp;variables=…</c>),
/// which keeps GET URLs short and cacheable. GraphQL.NET's persisted-document handler asks this store; an unknown id
/// is its <c>DOCUMENT_NOT_FOUND</c> error. Held in memory (bounded): a dashboard re-registers after a restart.
/// </summary>
public sealed class PersistedDocumentStore(IOptions<GraphQLHttpOptions> options) : IPersistedDocumentLoader
{
    public const string Prefix = "sha256";

    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);

    /// <summary>Stores a query and returns its id; registering the same text again returns the same id.</summary>
    /// <exception cref="InvalidOperationException">The store is full (GraphQLHttp:MaxPersistedDocuments).</exception>
    public string Register(string query)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (!documents.ContainsKey(hash) && documents.Count >= options.Value.MaxPersistedDocuments)
        {
            throw new InvalidOperationException(
                $"The persisted-document store is full ({options.Value.MaxPersistedDocuments} documents, GraphQLHttp:MaxPersistedDocuments).");
        }
        documents.TryAdd(hash, query);
        return $"{Prefix}:{hash}";
    }

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(documentIdPrefix == Prefix && documents.TryGetValue(documentIdPayload, out var query) ? query : null);
}
