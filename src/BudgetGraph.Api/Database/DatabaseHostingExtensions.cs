using BudgetGraph.Data;

namespace BudgetGraph.Api.Database;

public static class DatabaseHostingExtensions
{
    /// <summary>
    /// The configured database ("Database" section, see <see cref="DatabaseOptions"/>) and its migration at start-up.
    /// Register it before anything that reads the database at start-up (the seed import).
    /// </summary>
    public static IServiceCollection AddBudgetGraphDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBudgetDatabase(configuration);
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }
}
