namespace BudgetGraph.Api.Http;

/// <summary>
/// Bounds how many GraphQL requests execute at once (<see cref="GraphQLHttpOptions.MaxConcurrentExecutions"/>).
/// Execution is CPU-bound (SQLite reads from the page cache, then resolving and serializing), so on two cores more than
/// a few requests at a time only share the same CPU while each holds its rows, result tree and buffers in memory: with
/// 16 clients asking for thousand-row answers the process's peak memory grew with the number of clients. Waiting
/// requests hold nothing but their connection. A request that cannot start within the wait limit is shed with 503
/// <c>SERVER_BUSY</c> and <c>Retry-After</c>, rather than queueing without bound.
/// </summary>
public sealed class ExecutionGate(int maxConcurrentExecutions)
{
    private readonly SemaphoreSlim slots = new(maxConcurrentExecutions, maxConcurrentExecutions);

    /// <summary>Requests executing now (for tests and diagnostics).</summary>
    public int Executing => MaxConcurrentExecutions - slots.CurrentCount;

    public int MaxConcurrentExecutions { get; } = maxConcurrentExecutions;

    /// <summary>Waits for a slot; null when none came free within <paramref name="maxWait"/>. Dispose the slot to free it.</summary>
    public async Task<Slot?> EnterAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        await slots.WaitAsync(maxWait, cancellationToken) ? new Slot(slots) : null;

    /// <summary>One executing request's slot; freed once, however often it is disposed.</summary>
    public sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
