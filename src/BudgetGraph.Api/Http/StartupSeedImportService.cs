namespace BudgetGraph.Api.Http;

/// <summary>
/// Runs the registered <see cref="IStartupSeedImporter"/> once at start-up. Hosted services start before Kestrel
/// listens, so the first request already sees the imported data.
/// </summary>
public sealed class StartupSeedImportService(IServiceProvider services, ILogger<StartupSeedImportService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetService<IStartupSeedImporter>();
        if (importer is null)
        {
            logger.LogInformation("No start-up seed importer is registered; serving the database as it is");
            return;
        }
        await importer.ImportSeedsAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
