using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Data.Import;

/// <summary>
/// Imports every <c>*.txt</c> disclosure of a folder (e.g. the repository's <c>seeds/</c>). Meant for the web host at
/// startup as well as the command line: it migrates the schema if needed (<see cref="DatabaseSetup.MigrateAsync"/>), and since a document already imported
/// (same SHA-256) is recognised before parsing, calling it on every start only imports what is new or changed.
/// </summary>
public static class SeedImporter
{
    /// <summary>
    /// Startup entry point for the web host: imports the folder's disclosures with the real parser; cheap when nothing
    /// changed (every file is hashed, none is parsed).
    /// </summary>
    public static Task<ImportRunReport> ImportFolderAsync(BudgetDbContext db, string folder, CancellationToken cancellationToken = default) =>
        ImportFolderAsync(db, folder, DisclosureReaders.Default, cancellationToken);

    public static async Task<ImportRunReport> ImportFolderAsync(
        BudgetDbContext db, string folder, DisclosureReader reader, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The seed folder '{folder}' does not exist.");
        return await ImportFilesAsync(db, DisclosureFiles.InFolder(folder), reader, cancellationToken);
    }

    /// <summary>Imports the given files in order, each in its own transaction; one failure does not stop the others.</summary>
    public static async Task<ImportRunReport> ImportFilesAsync(
        BudgetDbContext db, IEnumerable<string> files, DisclosureReader reader, CancellationToken cancellationToken = default)
    {
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        // Seeds only fill what is absent: a budget imported later from elsewhere is never replaced by a restart.
        var importer = new DisclosureImporter(db, reader, policy: ImportPolicy.SeedsFillAbsent);
        var report = new ImportRunReport(await importer.ImportFilesAsync(files.ToList(), cancellationToken: cancellationToken));
        if (report.ChangedData && importer.CrossYearFindingsRecorded is null)
            await CrossYearReconciliation.RecordFindingsAsync(db, cancellationToken);
        return report;
    }
}
