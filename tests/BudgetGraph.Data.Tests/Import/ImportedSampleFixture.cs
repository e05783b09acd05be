using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Tests.Import;

/// <summary>The hand-built sample budget imported once into an in-memory SQLite database.</summary>
public sealed class ImportedSampleFixture : IDisposable
{
    public SqliteTestDatabase Database { get; } = new();
    public Disclosure Disclosure { get; } = SampleDisclosures.Budget();
    public DocumentImportResult Result { get; }

    public ImportedSampleFixture()
    {
        using var db = Database.CreateContext();
        Result = new DisclosureImporter(db, (_, _) => throw new InvalidOperationException("not used"))
            .ImportAsync(Disclosure).GetAwaiter().GetResult();
    }

    public void Dispose() => Database.Dispose();
}
