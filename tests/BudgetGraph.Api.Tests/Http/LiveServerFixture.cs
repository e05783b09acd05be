using BudgetGraph.Api.Http;
using BudgetGraph.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The real service (Kestrel, real sockets) on a free loopback port with a throw-away SQLite file, started once per
/// test class. External clients — node's graphql-http audit, Chromium — need a real socket, which
/// WebApplicationFactory's in-memory TestServer does not give.
/// </summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"budgetgraph-http-tests-{Guid.NewGuid():N}.db");
    private WebApplication? app;

    /// <summary>Base address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseAddress { get; private set; } = "";

    public string GraphQLUrl => BaseAddress + "/graphql";

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseAddress) };

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        app = BudgetGraphApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={databasePath}",
            "--GraphQLHttp:MaxRequestBodyBytes=65536",
        ], builder => builder.Logging.ClearProviders());
        await app.StartAsync();

        // Until the start-up seed import is wired (it creates and fills the database), make an empty one so
        // /healthz finds a database to open.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        // Kestrel picked the port for ":0"; the server's addresses feature now holds the real one.
        BaseAddress = app.Urls.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" }) File.Delete(databasePath + suffix);
    }
}
