using System.Diagnostics;
using BudgetGraph.Api.Import;

namespace BudgetGraph.Api.Tests.Import;

/// <summary>
/// The <c>import</c> command restarts the program with profile-guided tiering off (<see cref="BatchRuntime"/>): the
/// built app host is run as a user runs it, and the child it starts is looked at through <c>/proc</c>.
/// </summary>
public sealed class BatchRuntimeTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("batch-runtime");

    [Fact]
    public void Relaunches_only_when_the_setting_is_not_given()
    {
        Assert.Equal(!OperatingSystem.IsWindows(), BatchRuntime.ShouldRelaunch(null));
        Assert.False(BatchRuntime.ShouldRelaunch("0"));
        Assert.False(BatchRuntime.ShouldRelaunch("1"));
    }

    [LinuxFact]
    public async Task Import_runs_in_a_child_process_with_profile_guided_tiering_off_and_passes_on_its_output_and_exit_code()
    {
        using var process = Start("import", Path.Combine(RepositoryPaths.Root, "seeds", "nanping-2024.txt"));
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // Migrations and the import take over a second: the child is there long before it ends. Between fork and exec
        // the child still shows the parent's environment (without the variable), so one look is not enough: keep
        // looking until the variable shows or the program ends, and judge the last environment seen.
        Dictionary<string, string>? childEnvironment = null;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            childEnvironment = ChildEnvironment(process.Id) ?? childEnvironment;
            if (childEnvironment?.ContainsKey(BatchRuntime.TieredPgoVariable) == true) break;
            await Task.Delay(10);
        }
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{await output}\n{await error}");
        Assert.NotNull(childEnvironment);
        Assert.True(childEnvironment.TryGetValue(BatchRuntime.TieredPgoVariable, out var tieredPgo),
            $"the child's environment has no {BatchRuntime.TieredPgoVariable}");
        Assert.Equal("0", tieredPgo);
        Assert.Contains("nanping-2024.txt: imported 南坪街道 (nanping) 2024", await output, StringComparison.Ordinal);
        Assert.Contains("1 documents: 1 imported, 0 replaced, 0 unchanged, 0 failed", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_import_fails_the_same_through_the_child()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"budgetgraph-missing-{Guid.NewGuid():N}.txt");
        using var relaunched = Start("import", missing);
        var relaunchedError = await relaunched.StandardError.ReadToEndAsync();
        await relaunched.WaitForExitAsync();

        using var inProcess = Start("import", missing, tieredPgo: "1");
        var inProcessError = await inProcess.StandardError.ReadToEndAsync();
        await inProcess.WaitForExitAsync();

        Assert.NotEqual(0, relaunched.ExitCode);
        Assert.Equal(inProcess.ExitCode, relaunched.ExitCode);
        Assert.Contains(missing, relaunchedError, StringComparison.Ordinal);
        Assert.Equal(inProcessError, relaunchedError);
    }

    /// <summary>The app host built beside the tests, on the throw-away database, output redirected.</summary>
    private Process Start(string command, string path, string? tieredPgo = null)
    {
        var start = AppHost.StartInfo(databasePath, command, path);
        start.Environment.Remove(BatchRuntime.TieredPgoVariable);
        if (tieredPgo is not null) start.Environment[BatchRuntime.TieredPgoVariable] = tieredPgo;
        return Process.Start(start)!;
    }

    /// <summary>The environment of the process's one child, or null while it has none.</summary>
    private static Dictionary<string, string>? ChildEnvironment(int processId)
    {
        try
        {
            var children = File.ReadAllText($"/proc/{processId}/task/{processId}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children is not [var child]) return null;
            return File.ReadAllText($"/proc/{child}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => entry.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal);
        }
        catch (IOException)
        {
            return null; // the process or its child ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
