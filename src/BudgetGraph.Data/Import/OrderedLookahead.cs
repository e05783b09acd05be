namespace BudgetGraph.Data.Import;

/// <summary>
/// Runs pure per-item work (read, hash, parse, reconcile a file) on dedicated threads, up to <c>window</c> items ahead
/// of one consumer that takes the results in item order (<see cref="NextAsync"/>). Dedicated threads, not thread-pool
/// tasks: the workers keep both cores busy however long the consumer is away (a batch commit, a slow document at the
/// head of the window), and the consumer's own continuations never queue behind parse work. A worker with no room in
/// the window sleeps on a monitor, without spinning: the consumer is usually the slower side, and a <c>SemaphoreSlim</c>
/// spins before each wait, taking CPU from it on two cores (a profile under load had about half of each worker
/// thread's samples in that spin).
/// </summary>
/// <typeparam name="T">The result of one item.</typeparam>
internal sealed class OrderedLookahead<T> : IDisposable
{
    private readonly TaskCompletionSource<T>?[] _results;
    private readonly Func<int, T> _work;
    /// <summary>Guards <see cref="_room"/>; workers wait on it for room.</summary>
    private readonly object _gate = new();
    /// <summary>How many more items may be claimed before the consumer takes one.</summary>
    private int _room;
    private readonly CancellationTokenRegistration _wake;
    private readonly CancellationTokenSource _stop;
    private readonly Thread[] _threads;
    private int _claimed = -1;
    private int _taken;

    /// <param name="count">Items 0 … count − 1.</param>
    /// <param name="workers">Threads doing the work.</param>
    /// <param name="window">How many items may be done or in progress ahead of the consumer (memory bound).</param>
    /// <param name="work">The work of one item; an exception is rethrown by <see cref="NextAsync"/> for that item.</param>
    public OrderedLookahead(int count, int workers, int window, Func<int, T> work, CancellationToken cancellationToken)
    {
        _results = new TaskCompletionSource<T>?[count];
        _work = work;
        _room = Math.Max(window, 1);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _wake = _stop.Token.Register(() =>
        {
            lock (_gate) Monitor.PulseAll(_gate);
        });
        _threads = new Thread[Math.Clamp(workers, 1, Math.Max(count, 1))];
        for (var t = 0; t < _threads.Length; t++)
        {
            _threads[t] = new Thread(Work) { IsBackground = true, Name = $"import worker {t + 1}" };
            _threads[t].Start();
        }
    }

    /// <summary>The next item's result, in item order (waits for it if it is not done yet).</summary>
    public async Task<T> NextAsync()
    {
        var index = _taken++;
        if (index >= _results.Length) throw new InvalidOperationException("Every item was taken.");
        var result = Slot(index);
        try
        {
            return await result.Task.WaitAsync(_stop.Token);
        }
        finally
        {
            _results[index] = null; // the consumer owns the result now: the window keeps no reference to it
            lock (_gate)
            {
                _room++;
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Stops the workers (an item in progress is finished and dropped) and waits for them.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        foreach (var thread in _threads) thread.Join();
        _wake.Dispose();
        _stop.Dispose();
    }

    /// <summary>
    /// Item <paramref name="index"/>'s completion, made by whichever of worker and consumer asks first. Made when needed,
    /// not all at the start: a completion made at the start would be old (promoted) by the time it holds its result, and
    /// an old object keeps what it references alive through the young collections even once it is garbage itself — every
    /// parsed document would then be promoted and the heap would grow with the run.
    /// </summary>
    private TaskCompletionSource<T> Slot(int index)
    {
        var slot = Volatile.Read(ref _results[index]);
        if (slot is not null) return slot;
        var made = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        return Interlocked.CompareExchange(ref _results[index], made, null) ?? made;
    }

    private void Work()
    {
        while (true)
        {
            lock (_gate)
            {
                while (_room == 0 && !_stop.IsCancellationRequested) Monitor.Wait(_gate);
                if (_stop.IsCancellationRequested) return;
                _room--;
            }
            var item = Interlocked.Increment(ref _claimed);
            if (item >= _results.Length) return;
            try
            {
                var value = _work(item);
                Slot(item).TrySetResult(value);
            }
            catch (Exception e)
            {
                Slot(item).TrySetException(e);
            }
        }
    }
}
