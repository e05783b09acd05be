using BudgetGraph.Api.Operations;
using BudgetGraph.Data;
using Microsoft.Extensions.Options;

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
        // The "Database" section validated at start like every other section; these settings replace the library's own reading.
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.SectionName);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }
}
