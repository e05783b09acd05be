using BudgetGraph.Api.Tests.GraphQL;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Data;
using BudgetGraph.Data.Comparisons;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Tests.Comparisons;

/// <summary>
/// The schema over the five real seeds imported with the real parser, plus the clearly labelled synthetic Nanping
/// 2023 disclosure (tests/fixtures/synthetic, not a real document) so Nanping 2024 has a prior-year disclosure.
/// </summary>
public sealed class SeedsWithSyntheticPriorYearFixture : BudgetGraphFixture
{
    protected override void Fill(BudgetDbContext db)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.txt").Order()
            .Append(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "synthetic", "nanping-2023.synthetic.txt"));
        var report = SeedImporter.ImportFilesAsync(db, files, DisclosureReaders.Default).GetAwaiter().GetResult();
        Assert.True(report.AllSucceeded, report.Summary);
        CrossYearReconciliation.RecordFindingsAsync(db).GetAwaiter().GetResult();
    }
}
