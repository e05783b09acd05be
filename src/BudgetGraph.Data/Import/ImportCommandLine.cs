using BudgetGraph.Data.Comparisons;
namespace BudgetGraph.Data.Import;

/// <summary>
/// The <c>import &lt;files or folders&gt;…</c> command: imports each file (a folder stands for its <c>*.txt</c>),
/// prints one line per document and a summary. Exit codes: 0 all fine, 1 a document failed, 2 usage error.
/// Lives here rather than in the web project so its behaviour is tested with the importer.
/// </summary>
public static class ImportCommandLine
{
    public const int Success = 0;
    public const int DocumentFailed = 1;
    public const int UsageError = 2;

    public const string Usage =
        "usage: import <file or folder>…\n" +
        "  Imports disclosure texts (a folder: every *.txt in it) into the configured database\n" +
        "  (Database:Provider / Database:ConnectionString, env Database__Provider / Database__ConnectionString;\n" +
        "  default SQLite data/budgetgraph.db). Exit code 0: all imported or unchanged; 1: a document failed; 2: usage.";

    public static Task<int> RunAsync(
        IReadOnlyList<string> args, Func<BudgetDbContext> createContext, DisclosureReader reader,
        TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, createContext, reader, output, error, progress: null, cancellationToken);

    /// <summary>
    /// As above; with <paramref name="progress"/> (a terminal) successful documents update it instead of printing a
    /// line each (failures are always printed). Without it, one line per document (a log, a pipe).
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, Func<BudgetDbContext> createContext, DisclosureReader reader,
        TextWriter output, TextWriter error, IImportProgress? progress, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args.Any(a => a is "-h" or "--help" or "-?"))
        {
            (args.Count == 0 ? error : output).WriteLine(Usage);
            return args.Count == 0 ? UsageError : Success;
        }

        var missing = args.Where(a => !File.Exists(a) && !Directory.Exists(a)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) error.WriteLine($"import: no such file or folder: {path}");
            error.WriteLine(Usage);
            return UsageError;
        }

        var files = DisclosureFiles.Expand(args);
        if (files.Count == 0)
        {
            error.WriteLine($"import: no *.txt files in {string.Join(", ", args)}");
            return UsageError;
        }

        await using var db = createContext();
        await DatabaseSetup.EnsureCreatedAsync(db, cancellationToken);
        var importer = new DisclosureImporter(db, reader);
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
            var crossYear = await CrossYearReconciliation.RecordFindingsAsync(db, cancellationToken);
            output.WriteLine($"cross-year check: {crossYear} narrative change(s) disagree with the previous year's disclosure.");
        }
        return report.AllSucceeded ? Success : DocumentFailed;
    }
}
