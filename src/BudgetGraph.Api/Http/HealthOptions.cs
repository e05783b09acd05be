using System.ComponentModel.DataAnnotations;

namespace BudgetGraph.Api.Http;

/// <summary><c>/healthz</c>, bound from the "Health" section (environment: <c>Health__FullCheckInterval</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// How often at most <c>/healthz</c> reads the whole database (SQLite's <c>quick_check</c> reads every page:
    /// seconds of I/O on a database of gigabytes); the probes in between open it and read its schema. The first probe
    /// always reads it whole. <c>00:00:00</c> reads it whole on every probe.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Health:FullCheckInterval must be between 00:00:00 and 7.00:00:00.")]
    public TimeSpan FullCheckInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Whether the start reads the whole database before the service listens (a damaged file is then refused before
    /// anything is served from it; 15 s with the file in the page cache, 27 s out of it — read ahead first, see
    /// <c>SqliteFileReadAhead</c> — on a 7.5 GB database of 50,005 disclosures). False: the start opens it and reads its
    /// schema only (a garbage file is still refused), and the first <c>/healthz</c> probe reads it whole, so a damaged
    /// tail is reported there instead of at the start.
    /// </summary>
    public bool WholeCheckAtStart { get; set; } = true;
}
