using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// Request contexts (<see cref="RequestDbContext"/>) kept by EF Core's context pool, on the application's
/// options: a request rents one and returns it when it ends, reset by EF Core (change tracker, connection and
/// transaction state, tracking behaviour), instead of building a context — EF Core resolving the context's services
/// — for every request (a quarter of the CPU of a small query such as the unit list, profiled under load).
/// </summary>
public sealed class RequestDbContextPool
{
    /// <summary>EF Core's default pool size (contexts kept when returned; more may be rented, then they are disposed).</summary>
    public const int DefaultPoolSize = 1024;

    private readonly PooledDbContextFactory<RequestDbContext> _factory;

    /// <summary>A pool on the same provider, connection string, interceptors and internal services as <paramref name="options"/>.</summary>
    public RequestDbContextPool(DbContextOptions<BudgetDbContext> options)
    {
        var extensions = options.Extensions.ToDictionary(extension => extension.GetType());
        var own = new DbContextOptions<RequestDbContext>(extensions);
        var poolSize = options.FindExtension<CoreOptionsExtension>()?.MaxPoolSize ?? DefaultPoolSize;
        _factory = new PooledDbContextFactory<RequestDbContext>(own, poolSize);
    }

    /// <summary>A context for one request; <see cref="RequestDbContext.CloseAsync"/> returns it.</summary>
    public RequestDbContext Rent()
    {
        var context = _factory.CreateDbContext();
        context.BeginRequest();
        return context;
    }
}
