using BudgetGraph.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The real service (Kestrel, real sockets) on a free loopback port with a throw-away SQLite file into which it
/// imports the repository's seeds/ at start, exactly as the README's command does. Started once for all the classes
/// of <see cref="LiveServerCollection"/>. External clients — node's graphql-http audit, Chromium — need a real socket,
/// which WebApplicationFactory's in-memory TestServer does not give.
/// </summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("http-tests");
    private WebApplication? app;

    /// <summary>The key that registers persisted documents on this server (header X-Api-Key).</summary>
    public const string ApiKey = "live-server-test-key";

    /// <summary>Base address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseAddress { get; private set; } = "";

    public string GraphQLUrl => BaseAddress + "/graphql";

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseAddress) };

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>What the service logged: warnings and errors of every category, and everything the GraphQL endpoint logs.</summary>
    public FakeLogCollector Logs { get; } = new();

    public async Task InitializeAsync()
    {
        app = BudgetGraphApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:Provider=Sqlite",
            $"--Database:ConnectionString=Data Source={databasePath}",
            $"--Seeds:Folder={Path.Combine(RepositoryPaths.Root, "seeds")}",
            "--GraphQLHttp:MaxRequestBodyBytes=65536",
            $"--PersistedDocuments:ApiKey={ApiKey}",
        ], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new FakeLoggerProvider(Logs));
            builder.Logging.AddFilter<FakeLoggerProvider>(null, LogLevel.Warning);
            builder.Logging.AddFilter<FakeLoggerProvider>(typeof(GraphQLHttpEndpoint).FullName, LogLevel.Debug);
        });
        await app.StartAsync(); // runs the start-up seed import before Kestrel listens

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
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
