using BudgetGraph.Api.Tests.GraphQL;
using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using BudgetGraph.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.OtherFamily;

/// <summary>
/// The schema over a SQLite database filled by the real importer from tests/fixtures/other (the two Shanghai
/// disclosures, amounts printed in 元), once per test class.
/// </summary>
public sealed class ImportedOtherFamilyFixture : BudgetGraphFixture
{
    public ImportedOtherFamilyFixture() : base(new Dictionary<string, string?>(), seed: false)
    {
        using var db = Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        ImportReport = SeedImporter.ImportFolderAsync(db, Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "other"),
            (fileName, content) => DisclosureParser.Parse(fileName, content)).GetAwaiter().GetResult();
        Sql.Clear();
    }

    public ImportRunReport ImportReport { get; }
}
