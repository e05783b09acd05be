namespace BudgetGraph.Api.Http;

/// <summary>
/// Imports <c>seeds/</c> when the database is empty or a seed changed, before the service answers requests
/// (<see cref="SeedFolderStartupImporter"/>; tests may register another).
/// </summary>
public interface IStartupSeedImporter
{
    Task ImportSeedsAsync(CancellationToken cancellationToken);
}
