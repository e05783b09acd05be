using BudgetGraph.Data.Import;
using BudgetGraph.Data.Tests.Support;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;

namespace BudgetGraph.Data.Tests.Sql;

/// <summary>
/// Imports every seed into a real SQL Server (Testcontainers) and into SQLite and compares everything stored.
/// Skipped, with the reason, where no Docker engine answers.
/// </summary>
public sealed class SqlServerImportTests
{
    [DockerFact]
    public async Task All_seeds_import_into_SqlServer_exactly_as_into_Sqlite()
    {
        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync();
        // Our own database, not master (whose system tables would make EnsureCreated believe the schema exists).
        var connectionString = new SqlConnectionStringBuilder(container.GetConnectionString()) { InitialCatalog = "BudgetGraph" }.ConnectionString;
        var sqlServerOptions = new DbContextOptionsBuilder<BudgetDbContext>().UseBudgetSqlServer(connectionString).Options;

        await using var sqlServer = new BudgetDbContext(sqlServerOptions);
        var sqlServerRun = await SeedImporter.ImportFolderAsync(sqlServer, RepositoryPaths.Seeds, DisclosureReaders.Default);
        Assert.True(sqlServerRun.AllSucceeded, string.Join("\n", sqlServerRun.Documents));

        using var sqliteDatabase = new SqliteTestDatabase();
        await using var sqlite = sqliteDatabase.CreateContext();
        var sqliteRun = await SeedImporter.ImportFolderAsync(sqlite, RepositoryPaths.Seeds, DisclosureReaders.Default);
        Assert.True(sqliteRun.AllSucceeded, string.Join("\n", sqliteRun.Documents));

        Assert.Equal(await DatabaseDigest.CreateAsync(sqlite), await DatabaseDigest.CreateAsync(sqlServer));

        // Re-import is a no-op on SQL Server too…
        var again = await SeedImporter.ImportFolderAsync(sqlServer, RepositoryPaths.Seeds, DisclosureReaders.Default);
        Assert.All(again.Documents, d => Assert.Equal(ImportStatus.Unchanged, d.Status));

        // …and a changed document replaces its previous version under SQL Server's foreign keys.
        var changed = File.ReadAllText(RepositoryPaths.Seed("nanping-2024.txt")) + "\n";
        var replaced = await new DisclosureImporter(sqlServer, DisclosureReaders.Default)
            .ImportAsync("nanping-2024.txt", System.Text.Encoding.UTF8.GetBytes(changed));
        Assert.Equal(ImportStatus.Replaced, replaced.Status);
        Assert.Equal(5, await sqlServer.Budgets.CountAsync());
    }
}
