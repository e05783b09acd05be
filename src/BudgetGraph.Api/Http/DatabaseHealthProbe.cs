using BudgetGraph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// What <c>/healthz</c> checks: the whole database (<see cref="DatabaseHealth.EnsureReadableAsync"/>) on the first
/// probe — unless the start-up's check (<see cref="CheckAtStartAsync"/>) just read it — and then at most once per
/// <see cref="HealthOptions.FullCheckInterval"/>, never two at once; every other probe
/// opens the database and reads its schema (<see cref="DatabaseHealth.EnsureAnswersAsync"/>). Reading every page on
/// every probe cost seconds each on a 1.2 GB database, and overlapping probes never answered (session 7).
/// Until a whole check has passed — at first, and after one failed — every probe waits for its own whole check, so a
/// damaged database is never reported healthy by the cheap query alone. A singleton health check of its own (EF Core's
/// <c>AddDbContextCheck</c> builds its check per probe, so it cannot remember when the whole database was last read).
/// A failing check throws; the health check service reports it unhealthy (503).
/// </summary>
public sealed class DatabaseHealthProbe(IDbContextFactory<BudgetDbContext> contexts, IOptions<HealthOptions> options, TimeProvider time)
    : IHealthCheck
{
    private readonly SemaphoreSlim _wholeCheck = new(1, 1);
    private long _passedAtTicks; // UTC ticks of the last whole check that passed; 0: none has (or the last one failed)

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CheckAsync(db, cancellationToken);
        return HealthCheckResult.Healthy();
    }

    /// <summary>
    /// The start-up's check: the whole database read now (<see cref="HealthOptions.WholeCheckAtStart"/>, the default),
    /// which, when it passes, counts as the probes' last whole read — so the first probe after the start does not read a
    /// database of gigabytes a second time; else its schema only, the first probe then reading it whole. The bytes read
    /// ahead of the check when it was read whole (<see cref="DatabaseHealth.EnsureReadableAsync"/>); null when not.
    /// </summary>
    public async Task<long?> CheckAtStartAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (!options.Value.WholeCheckAtStart)
        {
            await DatabaseHealth.EnsureAnswersAsync(db, cancellationToken);
            return null;
        }
        await _wholeCheck.WaitAsync(cancellationToken);
        try
        {
            return await ReadWholeAsync(db, cancellationToken);
        }
        finally
        {
            _wholeCheck.Release();
        }
    }

    private async Task CheckAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (IsDue() && await EnterWholeCheckAsync(cancellationToken))
        {
            try
            {
                // Another probe may have passed one while this one waited its turn.
                if (IsDue())
                {
                    await ReadWholeAsync(db, cancellationToken);
                    return;
                }
            }
            finally
            {
                _wholeCheck.Release();
            }
        }
        await DatabaseHealth.EnsureAnswersAsync(db, cancellationToken);
    }

    /// <summary>
    /// Enters the whole check: until one has passed, every probe waits its turn; after that, a probe that finds one
    /// running answers by the cheap query instead (false).
    /// </summary>
    private async Task<bool> EnterWholeCheckAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _passedAtTicks) != 0) return await _wholeCheck.WaitAsync(0, cancellationToken);
        await _wholeCheck.WaitAsync(cancellationToken);
        return true;
    }

    /// <summary>The whole read, inside <see cref="_wholeCheck"/>: recorded only when it passes.</summary>
    private async Task<long> ReadWholeAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _passedAtTicks, 0);
        var readAhead = await DatabaseHealth.EnsureReadableAsync(db, cancellationToken);
        Volatile.Write(ref _passedAtTicks, time.GetUtcNow().UtcTicks);
        return readAhead;
    }

    private bool IsDue() =>
        Volatile.Read(ref _passedAtTicks) is var passed && (passed == 0 || time.GetUtcNow().UtcTicks - passed >= options.Value.FullCheckInterval.Ticks);
}
