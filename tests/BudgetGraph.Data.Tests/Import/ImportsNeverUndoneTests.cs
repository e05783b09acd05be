using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Comparisons;
using BudgetGraph.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>
/// Imports are never undone: the start-up seed import only fills what is absent, and the cross-year findings commit
/// with the document that causes them.
/// </summary>
public sealed class ImportsNeverUndoneTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-undo-").FullName;

    [Fact]
    public async Task A_restart_does_not_put_the_old_seed_back_over_a_corrected_import()
    {
        using var database = new SqliteTestDatabase();
        await using (var db = database.CreateContext())
            Assert.True((await SeedImporter.ImportFolderAsync(db, RepositoryPaths.Seeds)).AllSucceeded);

        // The operator imports a corrected Nanping 2024 with the command line (one more line: other bytes, other SHA-256).
        var corrected = Path.Combine(_folder, "nanping-2024.txt");
        await File.WriteAllBytesAsync(corrected, [.. await File.ReadAllBytesAsync(RepositoryPaths.Seed("nanping-2024.txt")), (byte)'\n']);
        var output = new StringWriter();
        Assert.Equal(ImportCommandLine.Success,
            await ImportCommandLine.RunAsync([corrected], database.CreateContext, DisclosureReaders.Default, output, output));
        Assert.Contains("replaced", output.ToString());

        // A restart runs the seed import again: the seed's Nanping is kept out, the corrected one stays.
        ImportRunReport restart;
        await using (var db = database.CreateContext())
            restart = await SeedImporter.ImportFolderAsync(db, RepositoryPaths.Seeds);

        var nanping = Assert.Single(restart.Documents, d => d.FileName == "nanping-2024.txt");
        Assert.Equal(ImportStatus.Kept, nanping.Status);
        Assert.Contains("1 kept", restart.Summary);
        Assert.Contains("0 replaced", restart.Summary);
        await using var check = database.CreateContext();
        var source = await check.Budgets.Where(b => b.Unit.Slug == "nanping" && b.FiscalYear == 2024)
            .Select(b => b.SourceDocument).SingleAsync();
        Assert.Equal(Path.GetFullPath(corrected), source.SourcePath);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(corrected))), source.Sha256);
        Assert.True(source.ImportedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task An_updated_seed_still_replaces_what_that_same_seed_imported()
    {
        var seed = Path.Combine(_folder, "chaoyang-2023.txt");
        File.Copy(RepositoryPaths.Seed("chaoyang-2023.txt"), seed);
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        Assert.Equal(ImportStatus.Imported, Assert.Single((await SeedImporter.ImportFolderAsync(db, _folder)).Documents).Status);

        await File.AppendAllTextAsync(seed, "\n");
        Assert.Equal(ImportStatus.Replaced, Assert.Single((await SeedImporter.ImportFolderAsync(db, _folder)).Documents).Status);
    }

    [Fact]
    public async Task Cross_year_findings_commit_with_the_document_so_a_crash_after_it_loses_none()
    {
        // Each document imported on its own, with no cross-year pass afterwards (as if killed right after the commit).
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var importer = new DisclosureImporter(db, DisclosureReaders.Default);
        Assert.True((await importer.ImportFileAsync(RepositoryPaths.Seed("nanping-2024.txt"))).Succeeded);
        Assert.True((await importer.ImportFileAsync(SeedsWithSyntheticPriorYearDatabase.SyntheticNanping2023)).Succeeded);

        // The two disagreements of Nanping 2024's narrative with the (synthetic) 2023 disclosure: 12.09 vs 12.59, 33.09 vs 33.59.
        var findings = await db.DataQualityFindings.Where(f => f.Rule == CrossYearReconciliation.Rule)
            .Select(f => new { f.Budget.FiscalYear, f.Actual, f.Expected }).ToListAsync();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(2024, f.FiscalYear));
        Assert.Contains(findings, f => f.Actual == Entities.FixedPoint.ToStored(12.09m) && f.Expected == Entities.FixedPoint.ToStored(12.59m));
        Assert.Contains(findings, f => f.Actual == Entities.FixedPoint.ToStored(33.09m) && f.Expected == Entities.FixedPoint.ToStored(33.59m));

        // The full pass finds nothing more.
        Assert.Equal(2, await CrossYearReconciliation.RecordFindingsAsync(db));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
