using BudgetGraph.Benchmark;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Tests.GraphQL.Differential;

/// <summary>
/// The five seeds and <see cref="Copies"/> SYNTHETIC renamed copies of each (the benchmark's own corpus writer,
/// <see cref="SyntheticCorpus"/>: another unit per copy, the seed's numbers), imported by the real importer into one
/// SQLite file: the shape of the 5,005-disclosure benchmark database at a size a test can build in seconds, so the
/// read paths chosen by how many rows a term keeps (kept counts, gram rows, probes, bands) meet the proportions they
/// were tuned on. The corpus is written to a temporary folder, never under seeds/, and deleted once imported.
/// </summary>
public sealed class SyntheticCopiesFixture : BudgetGraphFixture
{
    public const int Copies = 24;

    public ImportRunReport ImportReport { get; private set; } = null!;

    protected override void Fill(BudgetDbContext db)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"budgetgraph-differential-{Guid.NewGuid():N}");
        try
        {
            SyntheticCorpus.EnsureWritten(RepositoryPaths.Seeds, corpus, Copies);
            var files = DisclosureFiles.InFolder(RepositoryPaths.Seeds).Concat(DisclosureFiles.InFolder(corpus)).ToList();
            ImportReport = SeedImporter.ImportFilesAsync(db, files, DisclosureReaders.Default).GetAwaiter().GetResult();
        }
        finally
        {
            if (Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        }
    }
}
