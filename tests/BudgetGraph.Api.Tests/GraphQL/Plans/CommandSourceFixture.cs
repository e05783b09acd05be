using BudgetGraph.Data;
using BudgetGraph.Data.Import;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api.Tests.GraphQL.Plans;

/// <summary>The imported seeds (as <see cref="ImportedSeedsFixture"/>) with every command's source recorded.</summary>
public sealed class CommandSourceFixture() : BudgetGraphFixture(new Dictionary<string, string?>(), true, [SharedRecorder])
{
    private static readonly CommandSourceRecorder SharedRecorder = new();

    public CommandSourceRecorder Recorder => SharedRecorder;

    protected override void Fill(BudgetDbContext db) =>
        SeedImporter.ImportFolderAsync(db, Path.Combine(RepositoryPaths.Root, "seeds"), DisclosureReaders.Default).GetAwaiter().GetResult();
}
