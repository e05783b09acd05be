using Microsoft.Extensions.Configuration;

using BudgetGraph.Data;

namespace BudgetGraph.Api.Tests.Database;

/// <summary>
/// The "Database" options: read once from configuration (an unknown provider or a ReadOnly that is not a boolean says
/// what is valid), and their read-only copy, which keeps every other setting.
/// </summary>
public sealed class DatabaseOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void The_read_only_copy_keeps_the_provider_and_the_database_and_leaves_the_options_as_they_were()
    {
        var options = DatabaseOptions.From(Configuration(("Database:Provider", "sqlserver"), ("Database:ConnectionString", "Server=db;Database=budgets")));

        var readOnly = options.AsReadOnly();

        Assert.Equal((DatabaseProvider.SqlServer, "Server=db;Database=budgets", true), (readOnly.Provider, readOnly.ConnectionString, readOnly.ReadOnly));
        Assert.False(options.ReadOnly);
        Assert.NotSame(options, readOnly);
    }

    [Fact]
    public void An_embedded_database_read_only_is_opened_read_only()
    {
        var options = DatabaseOptions.From(Configuration());

        Assert.Equal(DatabaseOptions.DefaultSqliteConnectionString, options.EffectiveConnectionString);
        Assert.Contains("Mode=ReadOnly", options.AsReadOnly().EffectiveConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_or_a_read_only_flag_that_is_no_boolean_says_what_is_valid()
    {
        Assert.Equal("Database:Provider 'postgres' is not one of Sqlite, SqlServer.",
            Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Configuration(("Database:Provider", "postgres")))).Message);
        Assert.Equal("Database:ReadOnly 'yes' is not true or false.",
            Assert.Throws<InvalidOperationException>(() => DatabaseOptions.From(Configuration(("Database:ReadOnly", "yes")))).Message);
    }
}
