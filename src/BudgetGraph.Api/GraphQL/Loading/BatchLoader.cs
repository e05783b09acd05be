using GraphQL.DataLoader;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// A per-request batch loader: every <see cref="Load"/> queues its key and returns a parked result; GraphQL.NET
/// completes parked results only after all other pending fields ran, so the first completion fetches every queued
/// key in one query and the others read from memory. The lock keeps it safe under the parallel strategy too.
/// A plan loads the keys of a whole level at once (<see cref="LoadManyAsync"/>): the same keys, the same one query.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing) : IKeyedBatch<TKey> where TKey : notnull
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult Load(TKey key)
    {
        lock (_pending)
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
        return new Result(this, key);
    }

    /// <summary>
    /// The values of <paramref name="keys"/> in their order (the missing value for a key without one): every key is
    /// queued as by <see cref="Load"/>, and the queued keys are fetched in one query, as the first parked result's
    /// completion would.
    /// </summary>
    public async Task<object?[]> LoadManyAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        lock (_pending)
            foreach (var key in keys)
                if (!_loaded.ContainsKey(key)) _pending.Add(key);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await FetchPendingAsync(cancellationToken);
            var values = new object?[keys.Count];
            for (var i = 0; i < values.Length; i++) values[i] = _loaded.TryGetValue(keys[i], out var value) ? value : missing;
            return values;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await FetchPendingAsync(cancellationToken);
            return _loaded.TryGetValue(key, out var value) ? value : missing;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Fetches the queued keys in one query (inside <see cref="_lock"/>).</summary>
    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_pending)
        {
            keys = [.. _pending];
            _pending.Clear();
        }
        if (keys.Length > 0)
            foreach (var (k, v) in await fetch(keys, cancellationToken)) _loaded[k] = v;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
