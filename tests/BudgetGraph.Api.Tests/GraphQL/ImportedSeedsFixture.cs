using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using BudgetGraph.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The schema over a SQLite database filled by the real importer from the repository's <c>seeds/</c> (all five
/// disclosures), once per test class.
/// </summary>
public sealed class ImportedSeedsFixture : BudgetGraphFixture
{
    public ImportedSeedsFixture() : base(new Dictionary<string, string?>(), seed: false)
    {
        using var db = Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        var report = SeedImporter.ImportFolderAsync(db, Path.Combine(SchemaFileTests.RepositoryRoot(), "seeds"),
            // The parser directly: DisclosureReaders.Default is wired to it on the importer's branch.
            (fileName, content) => DisclosureParser.Parse(fileName, content)).GetAwaiter().GetResult();
        ImportReport = report;
        Sql.Clear();
    }

    public ImportRunReport ImportReport { get; }
}
