using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing;

namespace BudgetGraph.Data.Tests.Comparisons;

/// <summary>The five seeds imported once into an in-memory SQLite database.</summary>
public class SeedsOnlyDatabase : IAsyncLifetime, IDisposable
{
    public SqliteTestDatabase Database { get; } = new();

    protected virtual IEnumerable<string> Files => Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order();

    public async Task InitializeAsync()
    {
        await using var db = Database.CreateContext();
        var report = await SeedImporter.ImportFilesAsync(db, Files, DisclosureParser.Parse);
        Assert.True(report.AllSucceeded, report.Summary);
        await CrossYearReconciliation.RecordFindingsAsync(db);
    }

    public BudgetDbContext CreateContext() => Database.CreateContext();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Database.Dispose();
}

/// <summary>
/// The five seeds plus the clearly labelled synthetic Nanping 2023 disclosure under tests/fixtures/synthetic
/// (see its README: it is not a real document), so Nanping 2024 has a real prior-year disclosure to compare with.
/// </summary>
public sealed class SeedsWithSyntheticPriorYearDatabase : SeedsOnlyDatabase
{
    public static string SyntheticNanping2023 =>
        Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "synthetic", "nanping-2023.synthetic.txt");

    protected override IEnumerable<string> Files => base.Files.Append(SyntheticNanping2023);
}
