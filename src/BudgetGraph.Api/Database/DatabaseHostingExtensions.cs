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
        // The "Database" section is validated at start like every other section (read by DatabaseOptions.From, whose
        // provider-name check the binder would not give); the validated settings replace the library's own reading.
        services.AddOptions<DatabaseOptions>()
            .Configure(options =>
            {
                var read = DatabaseOptions.From(configuration);
                options.Provider = read.Provider;
                options.ConnectionString = read.ConnectionString;
                options.ReadOnly = read.ReadOnly;
            })
            .Validate(options => options.Provider != DatabaseProvider.SqlServer || options.ConnectionString is { Length: > 0 },
                "Database:Provider is SqlServer but no Database:ConnectionString (env Database__ConnectionString) is set.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }
}
