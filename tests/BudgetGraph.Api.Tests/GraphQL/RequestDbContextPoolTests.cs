using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// Request contexts from the pool: a request's context is reused by a later request, reset in between (nothing
/// tracked, no transaction, leases end as leases again), and each request still reads on its own transaction.
/// </summary>
public sealed class RequestDbContextPoolTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private RequestDbContextPool NewPool() => new(fixture.Services.GetRequiredService<DbContextOptions<BudgetDbContext>>());

    [Fact]
    public async Task A_returned_context_serves_the_next_request_reset_and_on_a_new_transaction()
    {
        var pool = NewPool();
        BudgetDbContext first;
        System.Data.Common.DbTransaction firstTransaction;
        await using (var request = new RequestDatabase(pool))
        {
            first = await request.CreateDbContextAsync();
            firstTransaction = first.Database.CurrentTransaction!.GetDbTransaction();
            await first.Units.AsTracking().Where(u => u.Slug == "nanping").ToListAsync();
            Assert.Single(first.ChangeTracker.Entries());
            await first.DisposeAsync(); // a resolver's lease ends; the context stays the request's
            Assert.Equal(5, await first.Units.CountAsync());
        }

        await using var next = new RequestDatabase(pool);
        var second = await next.CreateDbContextAsync();
        Assert.Same(first, second);
        Assert.Empty(second.ChangeTracker.Entries());
        Assert.NotNull(second.Database.CurrentTransaction);
        Assert.NotSame(firstTransaction, second.Database.CurrentTransaction!.GetDbTransaction());
        // Leases end as leases again on the reused context.
        await second.DisposeAsync();
        Assert.Same(second, await next.CreateDbContextAsync());
        Assert.Equal(5, await second.Units.CountAsync());
    }

    [Fact]
    public async Task Two_requests_at_once_get_two_contexts()
    {
        var pool = NewPool();
        await using var one = new RequestDatabase(pool);
        await using var two = new RequestDatabase(pool);
        var a = await one.CreateDbContextAsync();
        var b = await two.CreateDbContextAsync();
        Assert.NotSame(a, b);
        Assert.Equal(await a.Units.CountAsync(), await b.Units.CountAsync());
    }

    [Fact]
    public async Task A_request_that_read_nothing_rents_nothing()
    {
        var pool = NewPool();
        await new RequestDatabase(pool).DisposeAsync();
        await using var request = new RequestDatabase(pool);
        Assert.Equal(5, await (await request.CreateDbContextAsync()).Units.CountAsync());
    }
}
