using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace BudgetGraph.Api.GraphQL.Loading;

#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's own SQLite connection, public but in an Internal namespace.
/// <summary>
/// EF Core's SQLite connection for the contexts of <see cref="RequestDbContextPool"/>, kept OPEN while its context
/// waits in the pool. Reopening cost every request a trip through Microsoft.Data.Sqlite's pool, which unregisters
/// and registers again EF Core's dozen SQL functions (<c>regexp</c>, <c>ef_*</c>) on every close and open — with
/// EF Core's reset, about 12 % of the unit list's CPU. Nothing else changes: every request still begins its own
/// deferred read transaction and rolls it back at its end (<see cref="RequestDatabase"/>), and between two requests
/// the connection holds no transaction, so no read snapshot — just as an idle connection in Microsoft.Data.Sqlite's
/// pool. The connection really closes when its context leaves the pool (<see cref="CloseForGood"/>: the pool is full
/// or disposed) and after <see cref="Discard"/> (its transaction could not be rolled back: it is not trusted again).
/// </summary>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    // EF Core's own set-up of a new connection (its SQL functions: ef_compare, ef_add…, regexp; the default timeout) is
    // private: called by reflection on the connection created here, and checked once at start-up.
    private static readonly MethodInfo InitializeDbConnection =
        typeof(SqliteRelationalConnection).GetMethod(nameof(InitializeDbConnection), BindingFlags.Instance | BindingFlags.NonPublic, [typeof(DbConnection)])
        ?? throw new InvalidOperationException(
            "EF Core's SqliteRelationalConnection no longer has InitializeDbConnection(DbConnection): update KeptOpenSqliteConnection.");

    private bool _closeForReal;

    /// <summary>A connection that keeps its read statements prepared (<see cref="StatementKeepingSqliteConnection"/>).</summary>
    protected override DbConnection CreateDbConnection()
    {
        var connection = new StatementKeepingSqliteConnection(GetValidatedConnectionString());
        InitializeDbConnection.Invoke(this, [connection]);
        return connection;
    }

    /// <summary>Whether the connection stays open when its context is reset for the pool (false after <see cref="Discard"/>).</summary>
    public bool KeptOpen => !_closeForReal;

    /// <summary>Closes the connection at the context's reset instead of keeping it, e.g. after a failed rollback.</summary>
    public void Discard() => _closeForReal = true;

    /// <summary>Closes the connection now: its context leaves the pool for good.</summary>
    public void CloseForGood()
    {
        _closeForReal = true;
        if (DbConnection.State != ConnectionState.Closed) DbConnection.Close();
    }

    protected override void CloseDbConnection()
    {
        if (!_closeForReal && DbConnection.State == ConnectionState.Open) return;
        base.CloseDbConnection();
        _closeForReal = false;
    }

    protected override async Task CloseDbConnectionAsync()
    {
        if (!_closeForReal && DbConnection.State == ConnectionState.Open) return;
        await base.CloseDbConnectionAsync();
        _closeForReal = false;
    }

    protected override void ResetState(bool disposeDbConnection)
    {
        if (disposeDbConnection) _closeForReal = true;
        base.ResetState(disposeDbConnection);
    }

    protected override ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        if (disposeDbConnection) _closeForReal = true;
        return base.ResetStateAsync(disposeDbConnection);
    }
}
#pragma warning restore EF1001
