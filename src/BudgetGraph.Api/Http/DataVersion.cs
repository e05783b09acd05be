using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Http;

/// <summary>
/// A stamp that changes whenever the stored data change: the number of source documents and the highest id (a
/// replaced document gets a new row, so the id moves even when the count does not), and the number of changes made
/// to stored figures outside an import (<see cref="Data.Entities.DataRevision"/>: an <c>audit --repair</c>). An import or
/// a repair may run in another process (the <c>import</c> and <c>audit</c> commands), so the stamp is re-read from the
/// database, at most once per <see cref="RefreshInterval"/> so that serving a cached answer costs no query.
/// </summary>
public sealed class DataVersion(IDbContextFactory<BudgetDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private string _stamp = "";
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _readAt < RefreshInterval) return _stamp;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _readAt >= RefreshInterval)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var count = await db.SourceDocuments.CountAsync(cancellationToken);
                var maxId = count == 0 ? 0 : await db.SourceDocuments.MaxAsync(d => d.Id, cancellationToken);
                // The one row's number, 0 before the first repair (an aggregate: no row limit without an order).
                var revision = await db.DataRevisions.MaxAsync(r => (long?)r.Number, cancellationToken) ?? 0;
                _stamp = $"{count}:{maxId}:{revision}";
                _readAt = time.GetUtcNow();
            }
            return _stamp;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
