using BudgetGraph.Benchmark;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// The five seeds and <see cref="Copies"/> SYNTHETIC renamed copies of each (the benchmark's own corpus writer,
/// <see cref="SyntheticCorpus"/>: another unit per copy, the seed's numbers), imported by the real importer into one
/// SQLite file: the shape of the 5,005-disclosure benchmark database at a size a test can build in seconds, so the
/// read paths chosen by how many rows a term keeps (kept counts, gram rows, probes, bands) meet the proportions they
/// were tuned on. The corpus is written to a temporary folder, never under seeds/, and deleted once imported.
/// <para>
/// Or, when <see cref="GivenDatabaseVariable"/> names a SQLite database (an operator's, the benchmark's 5,005 or 50,005
/// disclosures), a copy of it: the same requests are then checked against the oracle over that corpus. The copy is
/// taken with SQLite's backup (a consistent snapshot, even of a database a service is writing), migrated if it is
/// older than this build, and deleted with the fixture; the given file is only read (SQLite, as for any reader of a
/// database in WAL mode, may leave its <c>-wal</c> and <c>-shm</c> files beside it).
/// </para>
/// </summary>
public sealed class SyntheticCopiesFixture : BudgetGraphFixture
{
    public const int Copies = 24;

    /// <summary>The environment variable naming a database to check instead of the synthetic corpus.</summary>
    public const string GivenDatabaseVariable = "BUDGETGRAPH_DIFFERENTIAL_DATABASE";

    private readonly string? _givenDatabase;

    /// <summary>The one xunit makes: the database <see cref="GivenDatabaseVariable"/> names, else the synthetic corpus.</summary>
    public SyntheticCopiesFixture() : this(Environment.GetEnvironmentVariable(GivenDatabaseVariable)) { }

    /// <param name="givenDatabase">A database to copy instead of importing the synthetic corpus; null or empty: the corpus.</param>
    internal SyntheticCopiesFixture(string? givenDatabase) : base(new Dictionary<string, string?>(), seed: false)
    {
        try
        {
            _givenDatabase = string.IsNullOrWhiteSpace(givenDatabase) ? null
                : File.Exists(givenDatabase) ? givenDatabase
                : throw new FileNotFoundException($"{GivenDatabaseVariable} names '{givenDatabase}', which is not a file.", givenDatabase);
            // A given database is copied first, then migrated (if older than this build) as the corpus's empty file is.
            if (_givenDatabase is not null) CopyGivenDatabase(_givenDatabase);
            MigrateAndFill();
        }
        catch
        {
            Dispose(); // the fixture's file and services: xunit never gets the fixture to dispose
            throw;
        }
    }

    /// <summary>
    /// How many budgets the corpus holds: the seeds and their copies; null for a given database (its own, whatever
    /// they are).
    /// </summary>
    public int? ExpectedBudgets => _givenDatabase is null ? 5 * (Copies + 1) : null;

    protected override void Fill(BudgetDbContext db)
    {
        if (_givenDatabase is not null) return; // the copy holds its rows
        var corpus = Path.Combine(Path.GetTempPath(), $"budgetgraph-differential-{Guid.NewGuid():N}");
        try
        {
            SyntheticCorpus.EnsureWritten(RepositoryPaths.Seeds, corpus, Copies);
            var files = DisclosureFiles.InFolder(RepositoryPaths.Seeds).Concat(DisclosureFiles.InFolder(corpus)).ToList();
            var report = SeedImporter.ImportFilesAsync(db, files, DisclosureReaders.Default).GetAwaiter().GetResult();
            if (!report.AllSucceeded) throw new InvalidOperationException($"The synthetic corpus did not import whole: {report.Summary}");
        }
        finally
        {
            if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        }
    }

    /// <summary>Writes the fixture's file as a snapshot of <paramref name="path"/> (before anything else opens it).</summary>
    private void CopyGivenDatabase(string path)
    {
        // One copy at a time in this process: each test class has its own fixture, and xunit builds them in parallel; two
        // readers opening a WAL database at once may find it busy (one of them recovers its log), and the backup does not
        // wait. A writer elsewhere (a service importing) can make it busy too: tried again for up to a minute.
        lock (CopyGate)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                    using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
                    source.Open();
                    target.Open();
                    source.BackupDatabase(target);
                    return;
                }
                catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 60) // SQLITE_BUSY, SQLITE_LOCKED
                {
                    Thread.Sleep(TimeSpan.FromSeconds(1));
                }
            }
        }
    }

    private static readonly Lock CopyGate = new();
}
