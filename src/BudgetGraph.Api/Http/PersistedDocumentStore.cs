using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Data;
using BudgetGraph.Data.Entities;
using GraphQL.PersistedDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Persisted documents for dashboards: a query registered once is then called by its id
/// <c>sha256:&lt;64 lowercase hex of the query's UTF-8 bytes&gt;</c> (GET <c>/graphql?documentId=…&amp;variables=…</c>),
/// which keeps GET URLs short and cacheable. GraphQL.NET's persisted-document handler asks this store; an unknown id
/// is its <c>DOCUMENT_NOT_FOUND</c> error. Documents live in the database (table PersistedDocuments), so every
/// instance behind a load balancer serves what any of them registered, and they survive restarts. When the store holds
/// <see cref="PersistedDocumentOptions.MaxDocuments"/>, registering another evicts the least recently used. With
/// <see cref="DatabaseOptions.ReadOnly"/> the documents registered before are served and nothing is written (no
/// registration, see <see cref="PersistedDocumentEndpoint"/>; no record of last use).
/// </summary>
public sealed class PersistedDocumentStore(
    IDbContextFactory<BudgetDbContext> contexts,
    DatabaseOptions database,
    IOptions<PersistedDocumentOptions> options,
    TimeProvider time,
    ILogger<PersistedDocumentStore> logger) : IPersistedDocumentLoader
{
    public const string Prefix = "sha256";

    /// <summary>A document's last use is written at most this often (a read should not write every time).</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    /// <summary>Stores a query (or marks it used when already stored) and returns its id; the same text gives the same id.</summary>
    public async Task<string> RegisterAsync(string query, CancellationToken cancellationToken)
    {
        if (database.ReadOnly) throw new InvalidOperationException("Database:ReadOnly is set: persisted documents cannot be registered.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.PersistedDocuments.Where(d => d.Hash == hash)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.LastUsedAtUtc, now), cancellationToken);
        if (known == 0)
        {
            db.PersistedDocuments.Add(new PersistedDocument { Hash = hash, Query = query, RegisteredAtUtc = now, LastUsedAtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Registered at the same moment by another request or instance (the same text): nothing to do.
                db.ChangeTracker.Clear();
                if (!await db.PersistedDocuments.AnyAsync(d => d.Hash == hash, cancellationToken)) throw;
            }
            await EvictLeastRecentlyUsedAsync(db, keep: hash, cancellationToken);
        }
        return $"{Prefix}:{hash}";
    }

    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        if (documentIdPrefix != Prefix || documentIdPayload.Length != 64) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.PersistedDocuments.AsNoTracking()
            .Where(d => d.Hash == documentIdPayload)
            .Select(d => new { d.Query, d.LastUsedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (document is null) return null;

        var now = time.GetUtcNow().UtcDateTime;
        if (!database.ReadOnly && now - document.LastUsedAtUtc >= LastUseResolution)
        {
            await db.PersistedDocuments.Where(d => d.Hash == documentIdPayload)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.LastUsedAtUtc, now), cancellationToken);
        }
        return document.Query;
    }

    private async Task EvictLeastRecentlyUsedAsync(BudgetDbContext db, string keep, CancellationToken cancellationToken)
    {
        var max = Math.Max(1, options.Value.MaxDocuments);
        var excess = await db.PersistedDocuments.CountAsync(cancellationToken) - max;
        if (excess <= 0) return;

        var evicted = await db.PersistedDocuments.Where(d => d.Hash != keep)
            .OrderBy(d => d.LastUsedAtUtc).ThenBy(d => d.Hash)
            .Select(d => d.Hash).Take(excess)
            .ToListAsync(cancellationToken);
        await db.PersistedDocuments.Where(d => evicted.Contains(d.Hash)).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Persisted documents: the store holds {Max}; evicted the {Count} least recently used", max, evicted.Count);
    }
}
