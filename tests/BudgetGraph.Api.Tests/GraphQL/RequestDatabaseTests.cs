using BudgetGraph.Api.GraphQL.Loading;
using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// One context per request: every resolver's "new" context is the request's one <see cref="RequestDbContext"/>, on
/// one read transaction; a resolver disposing it only ends its lease (the tracker is emptied, the context stays usable);
/// the request's end disposes it for good.
/// </summary>
public sealed class RequestDatabaseTests(ImportedSeedsFixture fixture) : IClassFixture<ImportedSeedsFixture>
{
    private DbContextOptions<BudgetDbContext> Options => fixture.Services.GetRequiredService<DbContextOptions<BudgetDbContext>>();

    [Fact]
    public async Task Every_lease_is_the_one_context_on_the_one_transaction()
    {
        await using var database = new RequestDatabase(Options);
        var first = await database.CreateDbContextAsync();
        var transaction = first.Database.CurrentTransaction;
        Assert.NotNull(transaction);
        await first.DisposeAsync();

        var second = await database.CreateDbContextAsync();
        Assert.Same(first, second);
        Assert.Same(first, database.CreateDbContext());
        Assert.Same(transaction, second.Database.CurrentTransaction);
        // The disposed lease left a usable context: the seeds' five units are read through it.
        Assert.Equal(5, await second.Units.CountAsync());
    }

    [Fact]
    public async Task Ending_a_lease_forgets_what_it_tracked_and_restores_the_tracking_behaviour()
    {
        await using var database = new RequestDatabase(Options);
        var lease = await database.CreateDbContextAsync();
        var tracking = lease.ChangeTracker.QueryTrackingBehavior;
        lease.ChangeTracker.QueryTrackingBehavior = tracking == QueryTrackingBehavior.TrackAll
            ? QueryTrackingBehavior.NoTracking : QueryTrackingBehavior.TrackAll;
        await lease.Units.AsTracking().Where(u => u.Slug == "nanping").ToListAsync();
        Assert.Single(lease.ChangeTracker.Entries());
        lease.Dispose();

        var next = await database.CreateDbContextAsync();
        Assert.Empty(next.ChangeTracker.Entries());
        Assert.Equal(tracking, next.ChangeTracker.QueryTrackingBehavior);
    }

    [Fact]
    public async Task The_end_of_the_request_disposes_the_context()
    {
        var database = new RequestDatabase(Options);
        var context = await database.CreateDbContextAsync();
        await database.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => context.Units.CountAsync());
    }

    [Fact]
    public async Task A_cancelled_request_interrupts_the_statement_SQLite_is_running()
    {
        using var cancel = new CancellationTokenSource();
        await using var database = new RequestDatabase(Options);
        var db = await database.CreateDbContextAsync(cancel.Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Minutes inside one SQLite step: counting a recursive sequence to two billion (read without the token, so only
        // the interrupt the request's token set off can stop it).
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database
            .SqlQueryRaw<long>("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000000) SELECT COUNT(*) AS \"Value\" FROM n")
            .SingleAsync(CancellationToken.None));

        Assert.Equal(SQLitePCL.raw.SQLITE_INTERRUPT, error.SqliteErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"interrupted after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_request_that_read_nothing_opens_no_context()
    {
        // Nothing to end: disposing a request database that never lent a context does nothing and does not fail.
        await new RequestDatabase(Options).DisposeAsync();
    }
}
