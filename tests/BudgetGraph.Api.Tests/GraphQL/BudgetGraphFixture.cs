using System.Text.Json;
using BudgetGraph.Api.GraphQL;
using BudgetGraph.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>
/// The schema over a SQLite file filled once per test class with <see cref="SeedData"/> (values read off the seeds),
/// executed through <see cref="IDocumentExecuter{TSchema}"/> as the HTTP endpoint does. Every SQL command is recorded.
/// </summary>
public class BudgetGraphFixture : IDisposable
{
    private readonly string _databasePath = TemporaryDatabaseFile.NewPath("schema");
    private readonly ServiceProvider _services;

    public BudgetGraphFixture() : this(new Dictionary<string, string?>()) { }

    protected BudgetGraphFixture(IDictionary<string, string?> settings) : this(settings, seed: true) { }

    /// <param name="seed">Fill the database with <see cref="SeedData"/>; false leaves it empty (no schema) for an importer.</param>
    protected BudgetGraphFixture(IDictionary<string, string?> settings, bool seed)
        : this(settings, seed, []) { }

    /// <param name="interceptors">Added after the SQL recorder, e.g. one that makes every command slow.</param>
    /// <param name="configure">More services, e.g. a logger provider that records what the service logs.</param>
    protected BudgetGraphFixture(IDictionary<string, string?> settings, bool seed, IInterceptor[] interceptors,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<BudgetDbContext>(b => b.UseBudgetSqlite($"Data Source={_databasePath}").AddInterceptors([Sql, .. interceptors]));
        services.AddBudgetGraphQL(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();

        if (seed) MigrateAndFill();
    }

    /// <summary>Migrates the fixture's file and fills it (<see cref="Fill"/>); the commands it ran are not recorded.</summary>
    protected void MigrateAndFill()
    {
        using var db = _services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContext();
        DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        Fill(db);
        Sql.Clear();
    }

    /// <summary>Fills the database once; the default is the hand-built <see cref="SeedData"/>.</summary>
    protected virtual void Fill(BudgetDbContext db) => SeedData.Fill(db);

    public SqlCommandRecorder Sql { get; } = new();

    /// <summary>The SQLite file the fixture serves (e.g. to explain a recorded command's plan on it).</summary>
    public string DatabasePath => _databasePath;

    public IServiceProvider Services => _services;

    /// <summary>SQLite's plan of the one command that <paramref name="query"/>, sent, ran containing one of <paramref name="markers"/>.</summary>
    public async Task<string> PlanOfAsync(string query, params string[] markers)
    {
        Sql.Clear();
        await DataAsync(query);
        var commands = Sql.Commands;
        var index = Enumerable.Range(0, commands.Count).Single(i => markers.Any(m => commands[i].Contains(m, StringComparison.Ordinal)));
        return await QueryPlan.ExplainAllAsync(DatabasePath, [(commands[index], Sql.Parameters[index])]);
    }

    public async Task<ExecutionResult> ExecuteAsync(string query, string? variablesJson = null)
    {
        using var scope = _services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<BudgetSchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = scope.ServiceProvider,
        });
    }

    /// <summary>The result as JSON text (what a client would receive).</summary>
    public async Task<string> ExecuteJsonAsync(string query, string? variablesJson = null) =>
        _services.GetRequiredService<IGraphQLTextSerializer>().Serialize(await ExecuteAsync(query, variablesJson));

    /// <summary>The <c>data</c> of a query that must succeed without errors.</summary>
    public async Task<JsonElement> DataAsync(string query, string? variablesJson = null)
    {
        var json = await ExecuteJsonAsync(query, variablesJson);
        var document = JsonDocument.Parse(json).RootElement;
        Assert.False(document.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return document.GetProperty("data").Clone();
    }

    /// <summary>The whole response (data and errors) of a query.</summary>
    public async Task<JsonElement> ResponseAsync(string query, string? variablesJson = null) =>
        JsonDocument.Parse(await ExecuteJsonAsync(query, variablesJson)).RootElement.Clone();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(_databasePath);
    }
}
