using BudgetGraph.Data;
using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The schema over a SQLite database filled by the real importer from the repository's <c>seeds/</c> (the five real
/// disclosures, nothing else), once per test class: what the service serves after its start-up import.
/// </summary>
public sealed class ImportedSeedsFixture : BudgetGraphFixture
{
    public ImportRunReport ImportReport { get; private set; } = null!;

    protected override void Fill(BudgetDbContext db) =>
        ImportReport = SeedImporter.ImportFolderAsync(db, Path.Combine(RepositoryPaths.Root, "seeds"), DisclosureReaders.Default)
            .GetAwaiter().GetResult();
}
