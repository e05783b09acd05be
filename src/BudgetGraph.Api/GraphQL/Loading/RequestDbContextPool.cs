using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace BudgetGraph.Api.GraphQL.Loading;

// EF1001: EF Core's own pool (created here so that it can be disposed) and SQLite connection service are public types
// in Internal namespaces.
#pragma warning disable EF1001
/// <summary>
/// Request contexts (<see cref="RequestDbContext"/>) kept by EF Core's context pool, on the application's
/// options: a request rents one and returns it when it ends, reset by EF Core (change tracker, connection and
/// transaction state, tracking behaviour), instead of building a context — EF Core resolving the context's services
/// — for every request (a quarter of the CPU of a small query such as the unit list, profiled under load). On SQLite
/// a pooled context keeps its connection open (<see cref="KeptOpenSqliteConnection"/>); each request still has its
/// own read transaction. Disposing the pool (the application's end) disposes its contexts and closes their connections.
/// </summary>
public sealed class RequestDbContextPool : IDisposable
{
    /// <summary>EF Core's default pool size (contexts kept when returned; more may be rented, then they are disposed).</summary>
    public const int DefaultPoolSize = 1024;

    private readonly DbContextPool<RequestDbContext> _pool;
    private readonly PooledDbContextFactory<RequestDbContext> _factory;

    /// <summary>A pool on the same provider, connection string, interceptors and internal services as <paramref name="options"/>.</summary>
    public RequestDbContextPool(DbContextOptions<BudgetDbContext> options)
    {
        var extensions = options.Extensions.ToDictionary(extension => extension.GetType());
        var poolSize = options.FindExtension<CoreOptionsExtension>()?.MaxPoolSize ?? DefaultPoolSize;
        var builder = new DbContextOptionsBuilder<RequestDbContext>(new DbContextOptions<RequestDbContext>(extensions));
        var core = (builder.Options.FindExtension<CoreOptionsExtension>() ?? new CoreOptionsExtension()).WithMaxPoolSize(poolSize);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(core);
        if (options.FindExtension<SqliteOptionsExtension>() is not null)
            builder.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
        _pool = new DbContextPool<RequestDbContext>(builder.Options);
        _factory = new PooledDbContextFactory<RequestDbContext>(_pool);
    }

    /// <summary>A context for one request; <see cref="RequestDbContext.CloseAsync"/> returns it.</summary>
    public RequestDbContext Rent()
    {
        var context = _factory.CreateDbContext();
        context.BeginRequest();
        return context;
    }

    /// <summary>Disposes the contexts waiting in the pool, closing their connections.</summary>
    public void Dispose() => _pool.Dispose();
}
#pragma warning restore EF1001
