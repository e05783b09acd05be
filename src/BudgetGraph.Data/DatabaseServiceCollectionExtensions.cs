using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="BudgetDbContext"/> factory for the configured provider. The "Database" section is
    /// read when the factory is first needed, so configuration added after registration (hosts, tests) counts.
    /// </summary>
    public static IServiceCollection AddBudgetDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => DatabaseOptions.From(configuration));
        services.AddPooledDbContextFactory<BudgetDbContext>((provider, builder) => Configure(builder, provider.GetRequiredService<DatabaseOptions>()));
        return services;
    }

    /// <summary>Points an options builder at the configured database (also used by tools and tests).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        var connectionString = options.EffectiveConnectionString;
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseBudgetSqlite(EnsureSqliteFolder(connectionString)),
            DatabaseProvider.SqlServer => builder.UseBudgetSqlServer(connectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };
    }

    public static DbContextOptions<BudgetDbContext> CreateOptions(DatabaseOptions options) =>
        ((DbContextOptionsBuilder<BudgetDbContext>)Configure(new DbContextOptionsBuilder<BudgetDbContext>(), options)).Options;

    // SQLite creates the file but not its folder.
    private static string EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadOnly && SqliteDataSource.FilePath(builder.DataSource) is { } path
            && Path.GetDirectoryName(path) is { } folder)
            Directory.CreateDirectory(folder);
        return connectionString;
    }
}
