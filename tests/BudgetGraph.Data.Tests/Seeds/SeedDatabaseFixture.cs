using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;

namespace BudgetGraph.Data.Tests.Seeds;

/// <summary>The five seeds (repository seeds/) imported once with the real parser into an in-memory SQLite database.</summary>
public sealed class SeedDatabaseFixture : IDisposable
{
    public SqliteTestDatabase Database { get; } = new();
    public ImportRunReport Report { get; }

    public SeedDatabaseFixture()
    {
        using var db = Database.CreateContext();
        Report = SeedImporter.ImportFolderAsync(db, RepositoryPaths.Seeds).GetAwaiter().GetResult();
    }

    public DocumentImportResult Result(string fileName) => Report.Documents.Single(d => d.FileName == fileName);

    public void Dispose() => Database.Dispose();
}
