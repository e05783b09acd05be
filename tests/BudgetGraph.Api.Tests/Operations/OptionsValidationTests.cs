using BudgetGraph.Api.Tests.Hosting;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Api.Hosting;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Operations;

/// <summary>Every settings section is validated once, at start: a bad value stops the service with a message naming it.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("GraphQLHttp:MaxRequestBodyBytes", "0", "GraphQLHttp:MaxRequestBodyBytes must be between 1 and 104857600 bytes.")]
    [InlineData("GraphQLHttp:Path", "graphql", "GraphQLHttp:Path must be a path that starts with '/', e.g. /graphql.")]
    [InlineData("GraphQL:MaxPageSize", "5", "GraphQL:DefaultPageSize (10) must not exceed GraphQL:MaxPageSize (5).")]
    [InlineData("PersistedDocuments:MaxDocuments", "0", "PersistedDocuments:MaxDocuments must be between 1 and 1000000.")]
    [InlineData("Telemetry:PrometheusPath", "metrics", "Telemetry:PrometheusPath must be a path that starts with '/', e.g. /metrics.")]
    [InlineData("Database:Provider", "SqlServer", "Database:Provider is SqlServer but no Database:ConnectionString (env Database__ConnectionString) is set.")]
    public async Task A_bad_setting_stops_the_start_with_a_message_that_names_it(string key, string value, string message)
    {
        var settings = TestHost.OnSqlite(TemporaryDatabaseFile.NewPath("options"));
        settings[key] = value;
        if (key == "Database:Provider") settings["Database:ConnectionString"] = "";
        // The service as started from the command line: one line on standard error and exit code 6, no stack trace.
        string[] args = [.. settings.Select(setting => $"--{setting.Key}={setting.Value}"), "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None"];
        var (code, error) = await ServiceRun.RunAsync(args);

        Assert.Equal(StartupFailure.InvalidConfiguration, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void An_unknown_database_provider_stops_the_start_with_the_setting_named()
    {
        var settings = TestHost.OnSqlite(TemporaryDatabaseFile.NewPath("options"));
        settings["Database:Provider"] = "Postgres";
        using var host = new TestHost(settings);

        var error = Assert.ThrowsAny<InvalidOperationException>(() => host.CreateClient());

        Assert.Contains("Database:Provider 'Postgres' is not one of Sqlite, SqlServer.", error.Message);
    }
}
