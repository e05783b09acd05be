using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// <c>Database:ReadOnly</c>: a database imported beforehand and then made read-only (file 0444, folder 0555) is served
/// as it is — real values, a healthy /healthz, persisted documents registered before — and nothing writes to it:
/// registration is refused with a clear error, the file is byte-identical afterwards. The tests may run as root, for
/// whom file modes do not stop writes; what stops them is SQLite's <c>Mode=ReadOnly</c>, which the tests assert too.
/// A database that would need changing (migrations, a missing file) ends the start with one line and an exit code.
/// </summary>
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private const string ApiKey = "a-test-key-0123456789";
    private const string BudgetQuery = """{ budget(unitSlug: "nanping", year: 2024) { sourceDocument { fileName } totals { expenditure basic project } } }""";
    private readonly string _folder = Directory.CreateTempSubdirectory("budgetgraph-readonly-").FullName;
    private string DatabasePath => Path.Combine(_folder, "budgetgraph.db");

    [Fact]
    public async Task An_imported_database_made_read_only_is_served_and_never_written()
    {
        var documentId = await ImportSeedsAndRegisterAsync(BudgetQuery);
        MakeReadOnly();
        var before = await HashAsync();

        // An hour later, so that calling the persisted document would record its last use if anything could write.
        using (var host = new TestHost(ReadOnlySettings(), services => services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(TimeSpan.FromHours(1)))))
        {
            var client = host.CreateClient();

            // nanping-2024.txt line 117, 部门支出总表 合计: 4,851.31 | 1,733.30 | 3,118.01 (万元)
            var budget = (await client.GraphQLDataAsync(BudgetQuery)).GetProperty("budget");
            Assert.Equal("nanping-2024.txt", budget.GetProperty("sourceDocument").GetProperty("fileName").GetString());
            var totals = budget.GetProperty("totals");
            Assert.Equal(4851.31m, totals.GetProperty("expenditure").GetDecimal());
            Assert.Equal(1733.30m, totals.GetProperty("basic").GetDecimal());
            Assert.Equal(3118.01m, totals.GetProperty("project").GetDecimal());
            Assert.Equal(5, (await client.GraphQLDataAsync("{ budgets { totalCount } }")).GetProperty("budgets").GetProperty("totalCount").GetInt32());

            using (var health = await client.GetAsync("/healthz"))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Contains("\"database\":\"readable\"", await health.Content.ReadAsStringAsync());
            }

            // A document registered before is served (GET), its last use not recorded.
            using (var call = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + documentId))
            {
                call.Headers.Accept.ParseAdd("application/graphql-response+json");
                using var response = await client.SendAsync(call);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("\"expenditure\":4851.31", body);
            }

            // Registering is refused up front, with the right key too: 403 and a code, nothing internal.
            using (var register = new HttpRequestMessage(HttpMethod.Post, "/graphql/documents") { Content = JsonContent.Create(new { query = "{ units { totalCount } }" }) })
            {
                register.Headers.Add("X-Api-Key", ApiKey);
                using var response = await client.SendAsync(register);
                var text = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                var error = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0];
                Assert.Equal(GraphQLHttpErrorCodes.PersistedDocumentRegistrationDisabled, error.GetProperty("extensions").GetProperty("code").GetString());
                Assert.Contains("Database:ReadOnly", error.GetProperty("message").GetString());
                Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
            }

            // Whoever runs the tests (root ignores file modes), SQLite itself refuses a write on the service's connections.
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BudgetDbContext>>().CreateDbContextAsync();
            var refused = await Assert.ThrowsAsync<SqliteException>(() => db.PersistedDocuments.ExecuteDeleteAsync());
            Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await HashAsync());
        Assert.Equal(1, await CountDocumentsAsync()); // still there, not evicted or re-registered
    }

    [Fact]
    public async Task In_a_folder_the_service_cannot_write_a_wal_database_is_opened_immutable_and_read()
    {
        // As a non-root user in a read-only folder, Mode=ReadOnly alone fails on a WAL database (SQLite cannot make
        // its -shm file: "attempt to write a readonly database"); root can always write, so the folder check is stubbed.
        await ImportSeedsAndRegisterAsync(BudgetQuery);
        MakeReadOnly();
        Assert.False(File.Exists(DatabasePath + "-shm"));

        var connectionString = SqliteReadOnlySource.ConnectionString($"Data Source={DatabasePath}", canCreateFileIn: _ => false);

        Assert.Contains("immutable=1", connectionString);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM SourceDocuments";
            Assert.Equal(5L, await command.ExecuteScalarAsync());
            command.CommandText = "DELETE FROM PersistedDocuments";
            Assert.Equal(8, (await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync())).SqliteErrorCode);
        }
        Assert.False(File.Exists(DatabasePath + "-shm"));
        // Where SQLite can make its -shm file (or while a writer has it open), the file is opened normally.
        Assert.DoesNotContain("immutable", SqliteReadOnlySource.ConnectionString($"Data Source={DatabasePath}", canCreateFileIn: _ => true));
    }

    [Fact]
    public async Task A_read_only_database_that_needs_migrations_ends_the_start_with_one_line_and_exit_code_5()
    {
        // A database of the release before migrations: a writable start would upgrade it; a read-only one may not.
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(RepositoryPaths.LandedRelease("seeds-imported.sqlite.sql"));
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        MakeReadOnly();
        var before = await HashAsync();

        var failure = await StartFailureAsync();

        Assert.Equal(StartupFailure.DatabaseOfAnotherBuild, failure.ExitCode);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains("Database:ReadOnly", failure.Message);
        Assert.Contains("migrate", failure.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await HashAsync());
    }

    [Fact]
    public async Task A_missing_read_only_database_ends_the_start_with_one_line_and_exit_code_4()
    {
        var failure = await StartFailureAsync();

        Assert.Equal(StartupFailure.DatabaseInaccessible, failure.ExitCode);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains("cannot be opened read-only", failure.Message);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task The_migrate_command_refuses_a_read_only_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ReadOnlySettings()).Build();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await BudgetGraph.Api.Database.MigrateCommand.RunAsync([], configuration, output, error);

        Assert.Equal(2, code);
        Assert.Contains("Database:ReadOnly", error.ToString());
        Assert.False(File.Exists(DatabasePath));
    }

    private async Task<string> ImportSeedsAndRegisterAsync(string query)
    {
        var settings = TestHost.OnSqlite(DatabasePath, importSeeds: true);
        settings["PersistedDocuments:ApiKey"] = ApiKey;
        using var host = new TestHost(settings);
        var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/documents") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var documentId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString()!;
        host.Dispose();
        SqliteConnection.ClearAllPools(); // the last connection closes: the WAL is checkpointed into the file
        return documentId;
    }

    private Dictionary<string, string?> ReadOnlySettings()
    {
        var settings = TestHost.OnSqlite(DatabasePath, importSeeds: true); // would import, were it not read-only
        settings["Database:ReadOnly"] = "true";
        settings["PersistedDocuments:ApiKey"] = ApiKey;
        return settings;
    }

    private async Task<StartupFailure> StartFailureAsync()
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None",
            .. ReadOnlySettings().Select(setting => $"--{setting.Key}={setting.Value}")];
        var app = BudgetGraphApp.Build(args);
        try
        {
            var thrown = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());
            var failure = StartupFailure.From(thrown);
            Assert.True(failure is not null, thrown.ToString());
            return failure;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private void MakeReadOnly()
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private async Task<string> HashAsync() => Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(DatabasePath)));

    private async Task<int> CountDocumentsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM PersistedDocuments";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_folder, recursive: true);
    }
}
