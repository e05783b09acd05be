using System.Data;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.GraphQL.Loading;

/// <summary>
/// The SQLite connection of the request contexts (<see cref="KeptOpenSqliteConnection"/> creates it): it keeps the read
/// statements EF Core sends PREPARED, by command text, so that a query run again — the same text with other parameter
/// values, on a later request over the same pooled connection — is not parsed and planned again. EF Core builds a new
/// command for every execution and Microsoft.Data.Sqlite prepares a new command's text afresh: for the cross-unit
/// comparison (two statements of a few hundred characters each) that was a third of the service's CPU per request.
/// Everything EF Core does around a command stays as it was (logging, diagnostics, interceptors, the parameters and
/// type mappings it sets, the reader it wraps): only the statement under the command is a kept one
/// (<see cref="StatementKeepingCommand"/>). The cached commands' fast path (<see cref="CachedCommands"/>) runs on the same
/// kept statements, binding its own parameters (<see cref="RentFor"/>): one store of prepared statements per connection,
/// one bound on their memory.
/// </summary>
/// <remarks>
/// Only <c>SELECT</c>/<c>WITH</c> texts are kept; transaction control and writes run as before. A kept statement serves
/// one reader at a time (a nested query of the same text while its reader is open gets a second one, up to
/// <see cref="StatementsPerText"/>, then runs unkept); after its reader is disposed it holds no lock and no snapshot
/// (Microsoft.Data.Sqlite resets it). At most <see cref="TextsKept"/> texts are kept per connection, the least recently
/// used given up first, so the memory of the kept statements stays bounded per pooled connection. A connection's
/// statements end with it (closing a connection finalizes its statements; they are prepared again if it reopens).
/// </remarks>
public sealed class StatementKeepingSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>
    /// Texts kept per connection. Each kept statement costs SQLite memory on every pooled connection: with 64, the
    /// service's peak RSS after the growth benchmark's 19 operations at 5,005 disclosures rose from 224 to 250 MB.
    /// </summary>
    public const int TextsKept = 32;

    /// <summary>Statements kept per text: a text read again while its first reader is still open (nested reads).</summary>
    public const int StatementsPerText = 2;

    private static long callerBoundRuns;
    private readonly Dictionary<string, KeptText> _kept = new(StringComparer.Ordinal);
    private long _uses;

    /// <summary>
    /// Runs in this process of kept statements whose parameters their caller made and bound (<see cref="RentFor"/>), on
    /// any connection (for tests and diagnostics).
    /// </summary>
    public static long CallerBoundRuns => Interlocked.Read(ref callerBoundRuns);

    /// <summary>How many times a kept statement was run instead of a newly prepared one (for tests and diagnostics).</summary>
    public long KeptRuns { get; private set; }

    /// <summary>How many texts are kept now.</summary>
    public int KeptTexts => _kept.Count;

    public override SqliteCommand CreateCommand() =>
        new StatementKeepingCommand(this) { Connection = this, CommandTimeout = DefaultTimeout, Transaction = Transaction };

    /// <summary>Whether statements of <paramref name="text"/> are kept: reads only.</summary>
    internal static bool Keeps(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || start.StartsWith("WITH", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A kept statement of <paramref name="text"/> with no open reader, or null when every one allowed is busy.</summary>
    internal KeptStatementCommand? Rent(string text)
    {
        if (!_kept.TryGetValue(text, out var kept))
        {
            if (_kept.Count >= TextsKept) GiveUpLeastRecentlyUsed();
            kept = new KeptText();
            _kept.Add(text, kept);
        }
        kept.LastUse = ++_uses;
        foreach (var statement in kept.Statements)
        {
            if (statement.ReaderOpen) continue;
            KeptRuns++;
            return statement;
        }
        if (kept.Statements.Count >= StatementsPerText) return null;
        var created = new KeptStatementCommand { Connection = this, CommandText = text };
        kept.Statements.Add(created);
        return created;
    }

    /// <summary>
    /// A kept statement of <paramref name="text"/> for a caller that makes its parameters once and then binds only their
    /// values (a cached command): null when the connection is not open or every statement allowed for the text is busy.
    /// When the statement does not hold <paramref name="owner"/>'s parameters (it is new, or another command ran on it
    /// last) they are replaced by those <paramref name="makeParameters"/> adds.
    /// </summary>
    internal KeptStatementCommand? RentFor(object owner, string text, Action<SqliteCommand> makeParameters)
    {
        if (State != ConnectionState.Open || Rent(text) is not { } kept) return null;
        if (!ReferenceEquals(kept.ParametersOwner, owner))
        {
            kept.Parameters.Clear();
            makeParameters(kept);
            kept.ParametersOwner = owner;
        }
        return kept;
    }

    /// <summary>
    /// Runs a statement from <see cref="RentFor"/> (its values bound) in <paramref name="transaction"/> with
    /// <paramref name="timeout"/> (as EF Core sets up the commands it creates).
    /// </summary>
    internal static Task<SqliteDataReader> ExecuteAsync(KeptStatementCommand kept, SqliteTransaction? transaction, int? timeout,
        CancellationToken cancellationToken)
    {
        kept.Transaction = transaction;
        if (timeout is { } seconds) kept.CommandTimeout = seconds;
        Interlocked.Increment(ref callerBoundRuns);
        return kept.ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);
    }

    private void GiveUpLeastRecentlyUsed()
    {
        var oldest = _kept.MinBy(k => k.Value.LastUse);
        // Disposing a statement whose reader is still open would close that reader: such a text stays a while longer,
        // the next addition tries again.
        if (oldest.Value.Statements.Any(s => s.ReaderOpen)) return;
        foreach (var statement in oldest.Value.Statements) statement.Dispose();
        _kept.Remove(oldest.Key);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var kept in _kept.Values)
                foreach (var statement in kept.Statements) statement.Dispose();
            _kept.Clear();
        }
        base.Dispose(disposing);
    }

    private sealed class KeptText
    {
        public long LastUse;
        public List<KeptStatementCommand> Statements { get; } = [];
    }
}
