namespace BudgetGraph.Api.Http;

/// <summary>
/// Registration of persisted documents, bound from the "PersistedDocuments" section (environment:
/// <c>PersistedDocuments__ApiKey</c>, <c>PersistedDocuments__MaxDocuments</c>).
/// </summary>
public sealed class PersistedDocumentOptions
{
    public const string SectionName = "PersistedDocuments";

    /// <summary>The HTTP header that carries the key on <c>POST /graphql/documents</c>.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>
    /// The key a client must send in <see cref="ApiKeyHeader"/> to register a document. Unset or empty: registration
    /// is disabled (403); calling already registered documents stays open to all.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>How many documents the database keeps; registering one more evicts the least recently used.</summary>
    public int MaxDocuments { get; set; } = 1000;
}
