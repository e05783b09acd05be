namespace BudgetGraph.Api.Http;

/// <summary>
/// SEAM for the importer: imports <c>seeds/</c> when the database is empty or a seed changed, before the service
/// answers requests. The importer (src/BudgetGraph.Data / Api/Import) implements it; until that lands on main none is
/// registered and <see cref="StartupSeedImportService"/> does nothing.
/// </summary>
public interface IStartupSeedImporter
{
    Task ImportSeedsAsync(CancellationToken cancellationToken);
}
