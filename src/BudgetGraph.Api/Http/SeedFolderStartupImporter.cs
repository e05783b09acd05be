using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Imports the seed folder at start-up with the importer's <see cref="SeedImporter"/>, after
/// <see cref="Database.DatabaseMigrationService"/> migrated the schema: only documents that are new or changed are
/// imported. A document that fails is logged with its reason and the service still starts with what it has. Then it
/// warns when documents read by an older loader are still served (<see cref="LoaderRevision"/>): the seeds among them
/// were just read again; the others wait for an operator to import their files again.
/// </summary>
public sealed class SeedFolderStartupImporter(
    IDbContextFactory<BudgetDbContext> contexts,
    DatabaseOptions database,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    DatabaseHealthProbe health,
    ILogger<SeedFolderStartupImporter> logger) : IStartupSeedImporter
{
    public async Task ImportSeedsAsync(CancellationToken cancellationToken)
    {
        BudgetDbContext? db = null;
        try
        {
            db = await contexts.CreateDbContextAsync(cancellationToken);
            await PrepareAsync(db, cancellationToken);
            await WarnOfOlderReadingsAsync(db, cancellationToken);
        }
        catch (Exception e) when (DatabaseHealth.Classify(e, db is null ? "(configured)" : DatabaseHealth.Describe(db)) is { } unusable)
        {
            throw unusable; // one line and a distinct exit code (BudgetGraphHost), not a stack trace
        }
        finally
        {
            if (db is not null) await db.DisposeAsync();
        }
    }

    private async Task PrepareAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        // A garbage, truncated or damaged file is refused at start, before anything is served from it (unless
        // Health:WholeCheckAtStart is false: then the first /healthz probe reads it whole). The time is logged: on a
        // database of gigabytes the whole read is most of the start.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (await health.CheckAtStartAsync(db, cancellationToken) is { } readAhead)
            logger.LogInformation("Database: read whole in {Seconds:0.0} s, {Megabytes:0} MB of it read ahead first (Health:WholeCheckAtStart=false starts without it; the first /healthz probe then reads it)",
                clock.Elapsed.TotalSeconds, readAhead / 1e6);
        else
            logger.LogInformation("Database: schema read; Health:WholeCheckAtStart is false, so the first /healthz probe reads the whole database");
        if (database.ReadOnly)
        {
            logger.LogInformation("Database:ReadOnly is set: serving the database as it is (no schema creation, no seed import)");
            return;
        }
        if (!options.Value.ImportAtStartup) return;

        var folder = options.Value.Folder ?? FindSeedFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No seed folder ({Folder}); serving the database as it is. Set Seeds:Folder to import one.",
                folder ?? "none found near " + environment.ContentRootPath);
            return;
        }

        var report = await SeedImporter.ImportFolderAsync(db, folder, DisclosureReaders.Default, cancellationToken);
        foreach (var document in report.Documents.Where(d => !d.Succeeded))
            logger.LogError("Seed import failed: {Document}", document.ToString());
        logger.LogInformation("Seed import from {Folder}: {Summary}", folder, report.Summary);
    }

    private async Task WarnOfOlderReadingsAsync(BudgetDbContext db, CancellationToken cancellationToken)
    {
        var olderReadings = db.SourceDocuments.Where(d => d.LoaderRevision < LoaderRevision.Current);
        var older = await olderReadings.CountAsync(cancellationToken);
        if (older == 0) return;
        var examples = await olderReadings.OrderBy(d => d.FileName).Select(d => d.FileName).Take(3).ToListAsync(cancellationToken);
        logger.LogWarning(
            "{Count} stored documents (e.g. {Examples}) were read by an older loader than this one (revision {Revision}) and are " +
            "served as it read them; import their files again (`import <files or folders>`) to read them with this loader",
            older, string.Join(", ", examples), LoaderRevision.Current);
    }

    private string? FindSeedFolder()
    {
        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "seeds");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any()) return candidate;
            }
        }
        return null;
    }
}
