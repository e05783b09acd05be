using System.Data;
using System.Data.Common;
using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// A pooled request context keeps its SQLite connection open between requests (<see cref="KeptOpenSqliteConnection"/>),
/// and the read snapshot per request is exactly as before: each request reads on its own transaction, sees what was
/// committed before it began and nothing committed while it runs, and no transaction is left open between requests. A
/// connection whose transaction could not be rolled back is closed, not reused; disposing the pool closes them all.
/// </summary>
public sealed class KeptOpenConnectionTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private DbContextOptions<BudgetDbContext> Options => fixture.Services.GetRequiredService<DbContextOptions<BudgetDbContext>>();

    [Fact]
    public async Task A_returned_context_keeps_its_connection_open_with_no_transaction_and_the_next_request_begins_its_own()
    {
        using var pool = new RequestDbContextPool(Options);
        DbConnection connection;
        DbTransaction firstTransaction;
        await using (var request = new RequestDatabase(pool))
        {
            var db = await request.CreateDbContextAsync();
            connection = db.Database.GetDbConnection();
            firstTransaction = db.Database.CurrentTransaction!.GetDbTransaction();
            Assert.False(AutoCommit(connection)); // the request's read transaction
            Assert.Equal(5, await db.Units.CountAsync());
        }

        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.True(AutoCommit(connection)); // nothing held between requests: no snapshot, no lock

        await using var next = new RequestDatabase(pool);
        var again = await next.CreateDbContextAsync();
        Assert.Same(connection, again.Database.GetDbConnection());
        Assert.NotSame(firstTransaction, again.Database.CurrentTransaction!.GetDbTransaction());
        Assert.False(AutoCommit(connection));
        Assert.Equal(5, await again.Units.CountAsync());
    }

    [Fact]
    public async Task Each_request_on_a_kept_connection_sees_what_was_committed_before_it_and_nothing_committed_during_it()
    {
        using var pool = new RequestDbContextPool(Options);
        const string slug = "nanping";
        var original = await NameAsync(pool, slug);
        Assert.Equal("南坪街道", original);
        try
        {
            await using (var request = new RequestDatabase(pool))
            {
                var db = await request.CreateDbContextAsync();
                Assert.Equal(original, await db.Units.Where(u => u.Slug == slug).Select(u => u.ShortName).SingleAsync());
                await RenameAsync(slug, "changed during the request");
                // Same request, same snapshot: the commit is not seen.
                Assert.Equal(original, await db.Units.Where(u => u.Slug == slug).Select(u => u.ShortName).SingleAsync());
            }
            // The next request on the same kept connection sees it.
            Assert.Equal("changed during the request", await NameAsync(pool, slug));
        }
        finally
        {
            await RenameAsync(slug, original);
        }
        Assert.Equal(original, await NameAsync(pool, slug));
    }

    [Fact]
    public async Task A_connection_whose_transaction_could_not_be_rolled_back_is_closed_not_reused()
    {
        using var pool = new RequestDbContextPool(Options);
        DbConnection connection;
        await using (var request = new RequestDatabase(pool))
        {
            var db = await request.CreateDbContextAsync();
            connection = db.Database.GetDbConnection();
            Assert.Equal(5, await db.Units.CountAsync());
            // The transaction is completed behind the request's back: its rollback at the end of the request fails.
            await db.Database.CurrentTransaction!.GetDbTransaction().RollbackAsync();
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
        await using var next = new RequestDatabase(pool);
        var again = await next.CreateDbContextAsync();
        Assert.NotNull(again.Database.CurrentTransaction);
        Assert.Equal(5, await again.Units.CountAsync());
        Assert.False(AutoCommit(again.Database.GetDbConnection()));
    }

    [Fact]
    public async Task Disposing_the_pool_closes_the_kept_connections()
    {
        var pool = new RequestDbContextPool(Options);
        DbConnection connection;
        await using (var request = new RequestDatabase(pool))
        {
            var db = await request.CreateDbContextAsync();
            connection = db.Database.GetDbConnection();
            Assert.Equal(5, await db.Units.CountAsync());
        }
        Assert.Equal(ConnectionState.Open, connection.State);

        pool.Dispose();
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    private static bool AutoCommit(DbConnection connection) =>
        SQLitePCL.raw.sqlite3_get_autocommit(((SqliteConnection)connection).Handle) != 0;

    private static async Task<string> NameAsync(RequestDbContextPool pool, string slug)
    {
        await using var request = new RequestDatabase(pool);
        var db = await request.CreateDbContextAsync();
        return await db.Units.Where(u => u.Slug == slug).Select(u => u.ShortName).SingleAsync();
    }

    private async Task RenameAsync(string slug, string name)
    {
        await using var db = new BudgetDbContext(Options);
        await db.Units.Where(u => u.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(u => u.ShortName, name));
    }
}
