namespace BudgetGraph.Data.Entities;

/// <summary>
/// A registered (persisted) GraphQL query, called by its id <c>sha256:&lt;Hash&gt;</c>. Stored in the database so that
/// every instance serves what any of them registered, across restarts; the least recently used are evicted when the
/// store is full.
/// </summary>
public class PersistedDocument
{
    /// <summary>SHA-256 of the query's UTF-8 bytes, 64 lowercase hex digits (the key).</summary>
    public string Hash { get; set; } = "";

    /// <summary>The query text as registered.</summary>
    public string Query { get; set; } = "";

    public DateTime RegisteredAtUtc { get; set; }

    /// <summary>When it was last registered or executed (updated at most once a minute per document).</summary>
    public DateTime LastUsedAtUtc { get; set; }
}
