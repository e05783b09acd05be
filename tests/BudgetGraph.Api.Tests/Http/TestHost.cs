using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The real application (Program, BudgetGraphApp) in an in-memory test server with the given settings, e.g. one of
/// several instances on one database. Start-up (migration, seed import) runs when the first client is created.
/// </summary>
public sealed class TestHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Settings for an instance on the SQLite file <paramref name="databasePath"/> that imports no seeds.</summary>
    public static Dictionary<string, string?> OnSqlite(string databasePath, bool importSeeds = false) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = $"Data Source={databasePath}",
        ["Seeds:ImportAtStartup"] = importSeeds ? "true" : "false",
        ["Seeds:Folder"] = Path.Combine(RepositoryPaths.Root, "seeds"),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
