using BudgetGraph.Data.Import;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// The importer's read-ahead: results in item order whatever order the workers finish in, never more than the window
/// ahead of the consumer, and no worker left running once it is disposed.
/// </summary>
public sealed class OrderedLookaheadTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Results_come_in_item_order_and_an_item_s_exception_comes_with_that_item()
    {
        using var lookahead = new OrderedLookahead<int>(6, workers: 3, window: 4, i =>
        {
            Thread.Sleep((6 - i) * 5); // later items finish first
            return i == 4 ? throw new InvalidOperationException("item 4") : i * 10;
        }, CancellationToken.None);

        for (var i = 0; i < 4; i++) Assert.Equal(i * 10, await lookahead.NextAsync());
        Assert.Equal("item 4", (await Assert.ThrowsAsync<InvalidOperationException>(lookahead.NextAsync)).Message);
        Assert.Equal(50, await lookahead.NextAsync());
    }

    [Fact]
    public async Task Workers_stay_within_the_window_ahead_of_the_consumer()
    {
        var started = 0;
        using var lookahead = new OrderedLookahead<int>(40, workers: 2, window: 3, i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }, CancellationToken.None);

        await WaitUntilAsync(() => Volatile.Read(ref started) == 3);
        await Task.Delay(Settle);
        Assert.Equal(3, Volatile.Read(ref started)); // nothing more before a take

        Assert.Equal(0, await lookahead.NextAsync()); // each take makes room for one more
        await WaitUntilAsync(() => Volatile.Read(ref started) == 4);
        await Task.Delay(Settle);
        Assert.Equal(4, Volatile.Read(ref started));
    }

    [Fact]
    public async Task Disposing_stops_the_workers_of_an_unfinished_run()
    {
        var started = 0;
        var lookahead = new OrderedLookahead<int>(100, workers: 2, window: 2, i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }, CancellationToken.None);
        Assert.Equal(0, await lookahead.NextAsync());

        lookahead.Dispose(); // joins the workers: returns only once they have stopped
        var seen = Volatile.Read(ref started);
        await Task.Delay(Settle);
        Assert.Equal(seen, Volatile.Read(ref started));
        Assert.InRange(seen, 1, 3);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workers did not get there within 30 s");
            await Task.Delay(10);
        }
    }
}
