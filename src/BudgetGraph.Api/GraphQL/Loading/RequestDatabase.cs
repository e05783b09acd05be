using System.Data.Common;
using BudgetGraph.Data;
using BudgetGraph.Data.Reading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The database as one GraphQL request sees it: one context (<see cref="RequestDbContext"/>) on one connection with
/// one read transaction (<see cref="ReadSnapshot"/>), lent to every resolver and batch loader of the request, so all
/// SQL of the request reads the same state — an import committing meanwhile is seen entirely or not at all, never half
/// (a budget without its projects). The transaction starts with the first lease and ends (rolled back: it only read)
/// when the request is done. Query execution is serial (<c>SerialExecutionStrategy</c>), so the context is never used
/// by two resolvers at once (EF Core's concurrency check would refuse it).
/// </summary>
public sealed class RequestDatabase : IDbContextFactory<BudgetDbContext>, IAsyncDisposable
{
    internal const string UserContextKey = "BudgetGraph.RequestDatabase";

    private readonly Func<RequestDbContext> _newContext;
    private RequestDbContext? _context;

    /// <summary>A request database whose context is built for it on <paramref name="options"/>.</summary>
    public RequestDatabase(DbContextOptions<BudgetDbContext> options) => _newContext = () => new RequestDbContext(options);

    /// <summary>A request database whose context is rented from <paramref name="pool"/> and returned at its end.</summary>
    public RequestDatabase(RequestDbContextPool pool) => _newContext = pool.Rent;
    private DbTransaction? _transaction;
    private CancellationTokenRegistration _interrupt;

    /// <summary>The request's context, opened with its read transaction on first use; disposing it only ends the lease.</summary>
    public BudgetDbContext CreateDbContext() =>
        _context ?? CreateDbContextAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The request's context, opened with its read transaction on first use; disposing it only ends the lease.</summary>
    public async Task<BudgetDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (_context is not null) return _context;
        var context = _newContext();
        try
        {
            _transaction = await ReadSnapshot.BeginAsync(context, cancellationToken);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
        _context = context;
        // The execution's token (its timeout, the client leaving) interrupts a statement SQLite is running: the step
        // loop checks the token only between rows, and Microsoft.Data.Sqlite's Cancel does nothing, so one long
        // statement (a plan gone wrong) ran to its end after the timeout — 87 s for a 15 s timeout, holding an execution
        // slot. sqlite3_interrupt makes the running statement fail (SQLITE_INTERRUPT) at its next check; the execution
        // answers TIMEOUT as for any timeout. Unregistered before the connection closes (DisposeAsync): interrupting a
        // closing connection is not safe, and disposing the registration waits for a callback already running.
        if (cancellationToken.CanBeCanceled && context.Database.GetDbConnection() is SqliteConnection { Handle: { } handle })
            _interrupt = cancellationToken.UnsafeRegister(static state => raw.sqlite3_interrupt((sqlite3)state!), handle);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        await _interrupt.DisposeAsync();
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // The connection broke (or a cancelled command ended the transaction); disposing below still cleans up,
                // and a connection kept open with its pooled context is closed instead of serving the next request.
                _context?.KeptConnection?.Discard();
            }
            await _transaction.DisposeAsync();
        }
        if (_context is not null)
        {
            await _context.Database.CloseConnectionAsync();
            await _context.CloseAsync();
        }
    }
}
