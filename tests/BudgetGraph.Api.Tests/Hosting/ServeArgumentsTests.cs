using System.Diagnostics;
using BudgetGraph.Api.Hosting;

namespace BudgetGraph.Api.Tests.Hosting;

/// <summary>
/// Arguments that name no command serve only when they are the host's configuration: a mistyped command must not
/// start the service, which would create the configured database and import the seed folder into it.
/// </summary>
public sealed class ServeArgumentsTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("serve-arguments");

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:15692")]
    [InlineData("--urls=http://127.0.0.1:15692")]
    [InlineData("--Database:Provider=Sqlite Seeds:ImportAtStartup=false")]
    [InlineData("/urls http://localhost:5000 -e Production")]
    [InlineData("--environment=Development --contentRoot /some/where --applicationName=BudgetGraph.Api")]
    public void Configuration_arguments_serve(string args) => Assert.Null(ServeArguments.StrayWord(Words(args)));

    [Theory]
    [InlineData("imprt seeds", "imprt")]
    [InlineData("--urls http://127.0.0.1:15692 serve", "serve")]
    [InlineData("seeds/nanping-2024.txt", "seeds/nanping-2024.txt")]
    [InlineData("Import seeds", "Import")]
    public void A_bare_word_is_a_mistyped_command(string args, string stray) => Assert.Equal(stray, ServeArguments.StrayWord(Words(args)));

    private static string[] Words(string args) => args.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("--help", true)]
    [InlineData("-h", true)]
    [InlineData("help", true)]
    [InlineData("--urls", false)]
    public void Help_is_asked_alone(string arg, bool asks) => Assert.Equal(asks, ServeArguments.AsksForHelp([arg]));

    [Fact]
    public async Task A_mistyped_command_exits_2_with_the_usage_and_leaves_no_database()
    {
        var (exitCode, output, error) = await RunAsync("imprt", Path.Combine(RepositoryPaths.Root, "seeds"));

        Assert.True(exitCode == 2, $"exit {exitCode}:\n{output}\n{error}");
        Assert.StartsWith("budgetgraph: unknown command 'imprt'.", error, StringComparison.Ordinal);
        Assert.Contains("BudgetGraph.Api import [--dry-run]", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(databasePath), "the mistyped command created the database");
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0_without_serving()
    {
        var (exitCode, output, error) = await RunAsync("--help");

        Assert.True(exitCode == 0, $"exit {exitCode}:\n{output}\n{error}");
        Assert.Equal(ServeArguments.Usage + Environment.NewLine, output);
        Assert.Equal("", error);
        Assert.False(File.Exists(databasePath), "--help created the database");
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => AppHost.RunAsync(databasePath, args);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
