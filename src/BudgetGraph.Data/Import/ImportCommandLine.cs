using Microsoft.EntityFrameworkCore;
using BudgetGraph.Data.Comparisons;
namespace BudgetGraph.Data.Import;

/// <summary>
/// The <c>import &lt;files or folders&gt;…</c> command: imports each file (a folder stands for its <c>*.txt</c>),
/// prints one line per document and a summary. Exit codes: 0 all fine, 1 a document failed, 2 usage error (the API's
/// <c>ImportCommand</c> ends with 3–7 and one line when the database cannot be used).
/// Lives here rather than in the web project so its behaviour is tested with the importer.
/// </summary>
public static class ImportCommandLine
{
    public const int Success = 0;
    public const int DocumentFailed = 1;
    public const int UsageError = 2;

    public const string Usage =
        "usage: import [--dry-run] [--allow-shrink] <file or folder>…\n" +
        "       check <file or folder>…   (the same as import --dry-run)\n" +
        "  Imports disclosure texts (a folder: every *.txt in it) into the configured database\n" +
        "  (Database:Provider / Database:ConnectionString, env Database__Provider / Database__ConnectionString;\n" +
        "  default SQLite data/budgetgraph.db). Files already imported (same bytes) are skipped, unless an older loader\n" +
        "  read them: then they are read again and replace their budget (import your folders again after an upgrade).\n" +
        "  --dry-run       print what each file would import (unit, year, tables found/missing/cut/printed twice with\n" +
        "                  their units, row and card counts, findings, parser notes) and write nothing.\n" +
        "  --allow-shrink  replace a stored budget even by a document with fewer tables, rows or project cards\n" +
        "                  (refused by default: a cut file must not replace a complete budget).\n" +
        "  Exit code 0: all imported, unchanged (or, dry run, would be); 1: a document failed or was refused; 2: usage;\n" +
        "  3 to 7: the database cannot be used (3 damaged, 4 not accessible, 5 made by another build, 7 a migration failed).";

    /// <param name="baseDirectory">What relative paths are relative to: the caller's working directory (default: this
    /// process's current directory).</param>
    public static Task<int> RunAsync(
        IReadOnlyList<string> args, Func<BudgetDbContext> createContext, DisclosureReader reader,
        TextWriter output, TextWriter error, CancellationToken cancellationToken = default, string? baseDirectory = null) =>
        RunAsync(args, createContext, reader, output, error, progress: null, cancellationToken, baseDirectory);

    /// <summary>
    /// As above; with <paramref name="progress"/> (a terminal) successful documents update it instead of printing a
    /// line each (failures are always printed). Without it, one line per document (a log, a pipe).
    /// </summary>
    /// <param name="phases">The clock of the process's phases so far (<see cref="ImportPhases.SinceProcessStart"/>),
    /// to report start-up too; by default the report times the phases from here.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, Func<BudgetDbContext> createContext, DisclosureReader reader,
        TextWriter output, TextWriter error, IImportProgress? progress, CancellationToken cancellationToken = default,
        string? baseDirectory = null, ImportPhases? phases = null)
    {
        if (args.Count == 0 || args.Any(HelpFlag.Is))
        {
            (args.Count == 0 ? error : output).WriteLine(Usage);
            return args.Count == 0 ? UsageError : Success;
        }

        var dryRun = args.Contains("--dry-run");
        var allowShrink = args.Contains("--allow-shrink");
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--dry-run" or "--allow-shrink")).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"import: unknown option {string.Join(", ", unknown)}");
            error.WriteLine(Usage);
            return UsageError;
        }
        args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (args.Count == 0)
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        var paths = args.Select(a => (Given: a, Full: Path.GetFullPath(a, root))).ToList();
        var missing = paths.Where(p => !File.Exists(p.Full) && !Directory.Exists(p.Full)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) error.WriteLine($"import: no such file or folder: {path.Given} ({path.Full})");
            error.WriteLine(Usage);
            return UsageError;
        }

        var files = DisclosureFiles.Expand(paths.Select(p => p.Full));
        if (files.Count == 0)
        {
            error.WriteLine($"import: no *.txt files in {string.Join(", ", args)}");
            return UsageError;
        }

        await using var db = createContext();
        if (dryRun) return await CheckAsync(files, db, reader, allowShrink, output, error, cancellationToken);
        if (phases is null) phases = ImportPhases.StartingNow();
        else phases.End("start-up");
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        phases.End("schema");
        var importer = new DisclosureImporter(db, reader) { AllowShrink = allowShrink, Phases = phases };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        progress?.Start(files.Count);
        var done = 0;
        var results = await importer.ImportFilesAsync(files, result =>
        {
            done++;
            if (progress is null || !result.Succeeded) (result.Succeeded ? output : error).WriteLine(result.ToString());
            progress?.Report(done, result);
        }, cancellationToken: cancellationToken);
        progress?.Stop();

        var report = new ImportRunReport(results);
        output.WriteLine(report.Summary);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"time: {seconds:0.0} s, {(seconds > 0 ? files.Count / seconds : 0):0} documents/s."));
        if (report.ChangedData)
        {
            // A bulk load ran it already, over the whole dataset.
            var crossYear = importer.CrossYearFindingsRecorded ?? await CrossYearReconciliation.RecordFindingsAsync(db, cancellationToken);
            output.WriteLine($"cross-year check: {crossYear} narrative change(s) disagree with the previous year's disclosure.");
        }
        output.WriteLine(phases.ToString());
        return report.AllSucceeded ? Success : DocumentFailed;
    }

    /// <summary>
    /// The dry run: a report per file (<see cref="DisclosureCheck"/>). Writes nothing — not even the schema or an empty
    /// SQLite file: a database that does not exist yet (or has no tables yet) is checked against an empty in-memory one.
    /// </summary>
    private static async Task<int> CheckAsync(IReadOnlyList<string> files, BudgetDbContext db, DisclosureReader reader, bool allowShrink,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var failed = 0;
        await using var empty = await HasBudgetsAsync(db, cancellationToken) ? null : await EmptyDatabase.CreateAsync(cancellationToken);
        var check = new DisclosureCheck(empty?.Context ?? db, reader) { AllowShrink = allowShrink };
        foreach (var file in files)
        {
            var (succeeded, report) = await check.CheckFileAsync(file, cancellationToken);
            (succeeded ? output : error).WriteLine(report);
            if (!succeeded) failed++;
        }
        output.WriteLine($"{files.Count} documents checked: {files.Count - failed} would import or are unchanged, {failed} would fail or be refused; nothing was written.");
        return failed == 0 ? Success : DocumentFailed;
    }

    /// <summary>Whether the configured database exists and has its tables, found without creating anything.</summary>
    private static async Task<bool> HasBudgetsAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString) is { DataSource: var path, Mode: var mode }
            && mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory && path is not (":memory:" or "") && !File.Exists(path))
            return false;
        try
        {
            await db.Budgets.AnyAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>An empty in-memory SQLite database with the model's tables, for a dry run without a database.</summary>
    private sealed class EmptyDatabase : IAsyncDisposable
    {
        private readonly Microsoft.Data.Sqlite.SqliteConnection _connection = new("Data Source=:memory:");

        public BudgetDbContext Context { get; private set; } = null!;

        public static async Task<EmptyDatabase> CreateAsync(CancellationToken cancellationToken)
        {
            var database = new EmptyDatabase();
            await database._connection.OpenAsync(cancellationToken);
            database.Context = new BudgetDbContext(new DbContextOptionsBuilder<BudgetDbContext>().UseSqlite(database._connection).Options);
            await database.Context.Database.EnsureCreatedAsync(cancellationToken);
            return database;
        }

        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
