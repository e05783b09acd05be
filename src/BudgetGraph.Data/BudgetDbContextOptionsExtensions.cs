using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Data;

/// <summary>
/// Points a context at a provider together with that provider's migration set: the model is one, the migrations are
/// provider-specific and live in their own assemblies (<see cref="SqliteMigrationsAssembly"/>,
/// <see cref="SqlServerMigrationsAssembly"/>). Every context that is migrated must be configured through these.
/// </summary>
public static class BudgetDbContextOptionsExtensions
{
    public const string SqliteMigrationsAssembly = "BudgetGraph.Data.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "BudgetGraph.Data.Migrations.SqlServer";

    public static TBuilder UseBudgetSqlite<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        builder.ReplaceService<IMigrationsSqlGenerator, WithoutRowIdMigrationsSqlGenerator>();
        return builder;
    }

    public static TBuilder UseBudgetSqlite<TBuilder>(this TBuilder builder, DbConnection connection) where TBuilder : DbContextOptionsBuilder
    {
        builder.UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        builder.ReplaceService<IMigrationsSqlGenerator, WithoutRowIdMigrationsSqlGenerator>();
        return builder;
    }

    public static TBuilder UseBudgetSqlServer<TBuilder>(this TBuilder builder, string connectionString) where TBuilder : DbContextOptionsBuilder
    {
        builder.UseSqlServer(connectionString, sqlServer => sqlServer.MigrationsAssembly(SqlServerMigrationsAssembly));
        return builder;
    }
}
