using System.Diagnostics;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Docs;

/// <summary>
/// The README's <c>dotnet run --project src/BudgetGraph.Api -- import …</c> and <c>-- migrate</c> lines run as written
/// from the repository root (plus <c>--no-build</c>: the test run has built the project), on a throw-away database.
/// </summary>
public sealed partial class ReadmeCommandTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("readme");

    public static TheoryData<string> Commands() => new(ReadmeCommands());

    private static List<string> ReadmeCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return CommandLine().Matches(readme).Select(m => m.Value.Trim()).Distinct().ToList();
    }

    [Fact]
    public void Readme_shows_import_and_migrate_commands()
    {
        Assert.Contains(ReadmeCommands(), c => c.EndsWith(" -- import seeds", StringComparison.Ordinal));
        Assert.Contains(ReadmeCommands(), c => c.EndsWith(" -- migrate", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Readme_command_runs_from_the_repository_root(string command)
    {
        var arguments = command["dotnet ".Length..].Replace("run --project", $"run --no-build -c {Configuration} --project", StringComparison.Ordinal);
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Database__ConnectionString"] = $"Data Source={databasePath}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"`{command}` exited {process.ExitCode}:\n{await output}\n{await error}");
    }

    // The configuration the tests were built in (the project under test was built alongside).
    private static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        ? "Release" : "Debug";

    [GeneratedRegex(@"^dotnet run --project src/BudgetGraph\.Api -- (import|migrate)[^\n#`]*", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    public void Dispose()
    {
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
