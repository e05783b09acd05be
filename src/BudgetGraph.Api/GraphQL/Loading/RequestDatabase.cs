using System.Data.Common;
using BudgetGraph.Data;
using BudgetGraph.Data.Reading;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The database as one GraphQL request sees it: every context it hands out shares one connection and one read
/// transaction (<see cref="ReadSnapshot"/>), so all SQL of the request reads the same state — an import committing
/// meanwhile is seen entirely or not at all, never half (a budget without its projects). The transaction starts with
/// the first context and ends (rolled back: it only read) when the request is done. Execution is serial, so the
/// connection is never used by two commands at once.
/// </summary>
public sealed class RequestDatabase(IDbContextFactory<BudgetDbContext> pool, DbContextOptions<BudgetDbContext> options)
    : IDbContextFactory<BudgetDbContext>, IAsyncDisposable
{
    internal const string UserContextKey = "BudgetGraph.RequestDatabase";

    private readonly SemaphoreSlim _start = new(1, 1);
    private BudgetDbContext? _owner;
    private DbTransaction? _transaction;

    public BudgetDbContext CreateDbContext()
    {
        _start.Wait();
        try
        {
            if (_owner is null)
            {
                var owner = pool.CreateDbContext();
                _transaction = ReadSnapshot.BeginAsync(owner, CancellationToken.None).GetAwaiter().GetResult();
                _owner = owner;
            }
        }
        finally
        {
            _start.Release();
        }
        var db = new BudgetDbContext(options);
        ReadSnapshot.Join(db, _owner, _transaction!);
        return db;
    }

    public async Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        await _start.WaitAsync(cancellationToken);
        try
        {
            if (_owner is null)
            {
                var owner = await pool.CreateDbContextAsync(cancellationToken);
                try
                {
                    _transaction = await ReadSnapshot.BeginAsync(owner, cancellationToken);
                }
                catch
                {
                    await owner.DisposeAsync();
                    throw;
                }
                _owner = owner;
            }
        }
        finally
        {
            _start.Release();
        }
        var db = new BudgetDbContext(options);
        await ReadSnapshot.JoinAsync(db, _owner, _transaction!, cancellationToken);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // The connection broke (or a cancelled command ended the transaction); disposing below still cleans up.
            }
            await _transaction.DisposeAsync();
        }
        if (_owner is not null)
        {
            await _owner.Database.CloseConnectionAsync();
            await _owner.DisposeAsync();
        }
        _start.Dispose();
    }
}
