using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The one context of a GraphQL request (<see cref="RequestDatabase"/>), lent to every resolver and batch loader in
/// turn: execution is serial, so no two of them use it at once. A resolver's <c>await using</c> ends its lease — the
/// change tracker is cleared, so each lease starts as empty as a fresh context did — but keeps the context (and its
/// connection and read transaction) for the next one; <see cref="CloseAsync"/> really disposes it when the request ends.
/// One context per request instead of one per field saves its creation, service resolution and finalization.
/// </summary>
public sealed class RequestDbContext : BudgetDbContext
{
    private readonly QueryTrackingBehavior _tracking;
    private bool _closing;
    private bool _pooled;

    /// <summary>
    /// A context on <paramref name="options"/> (the application's <c>DbContextOptions&lt;BudgetDbContext&gt;</c>, or
    /// <c>DbContextOptions&lt;RequestDbContext&gt;</c> in <see cref="RequestDbContextPool"/>); its configured tracking
    /// behaviour is restored after every lease.
    /// </summary>
    public RequestDbContext(DbContextOptions options) : base(options) =>
        _tracking = ChangeTracker.QueryTrackingBehavior;

    /// <summary>
    /// The connection that stays open while this context waits in <see cref="RequestDbContextPool"/> (SQLite), or null
    /// (a context of its own, SQL Server).
    /// </summary>
    internal KeptOpenSqliteConnection? KeptConnection { get; private set; }

    /// <summary>Starts a request on a context rented from <see cref="RequestDbContextPool"/>: leases end as leases again.</summary>
    internal void BeginRequest()
    {
        _closing = false;
        if (_pooled) return;
        _pooled = true;
        KeptConnection = this.GetService<IRelationalConnection>() as KeptOpenSqliteConnection;
    }

    /// <summary>
    /// Ends a lease: forgets what it tracked, keeps the context open. After <see cref="CloseAsync"/> only the pool calls
    /// it (the pool is full or disposed): then the context is disposed for good and a connection kept open for the
    /// pool is closed (EF Core does not dispose the services of a context it drops from its pool).
    /// </summary>
    public override void Dispose()
    {
        if (!_closing)
        {
            EndLease();
            return;
        }
        KeptConnection?.CloseForGood();
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        if (!_closing)
        {
            EndLease();
            return ValueTask.CompletedTask;
        }
        KeptConnection?.CloseForGood();
        return base.DisposeAsync();
    }

    /// <summary>Disposes the context for good (the request is done), or returns it to <see cref="RequestDbContextPool"/>.</summary>
    public ValueTask CloseAsync()
    {
        _closing = true;
        return base.DisposeAsync();
    }

    private void EndLease()
    {
        if (ChangeTracker.QueryTrackingBehavior != _tracking) ChangeTracker.QueryTrackingBehavior = _tracking;
        ChangeTracker.Clear();
    }
}
