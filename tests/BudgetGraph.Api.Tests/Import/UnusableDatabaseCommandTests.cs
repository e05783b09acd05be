using BudgetGraph.Api.Hosting;
using BudgetGraph.Api.Tests.Database;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Api.Tests.Import;

/// <summary>
/// The <c>import</c> and <c>migrate</c> commands on a database they cannot use end with one line on standard error and
/// an exit code, as the service's start does (<see cref="StartupFailure"/>), never with a stack trace.
/// </summary>
public sealed class UnusableDatabaseCommandTests : IDisposable
{
    private readonly string databasePath = TemporaryDatabaseFile.NewPath("unusable-database");

    private static string Seed => Path.Combine(RepositoryPaths.Root, "seeds", "nanping-2024.txt");

    [Fact]
    public async Task Import_into_a_file_that_is_not_a_database_says_so_in_one_line_and_exits_3()
    {
        File.WriteAllBytes(databasePath, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray());

        var (exitCode, output, error) = await AppHost.RunAsync(databasePath, "import", Seed);

        Assert.True(exitCode == StartupFailure.DatabaseCorrupt, $"exit {exitCode}:\n{output}\n{error}");
        Assert.Equal("import: (configured by Database:ConnectionString) is not a usable SQLite database (file is not a database); " +
                     "restore it from a backup or delete it to import afresh.", error.TrimEnd());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_that_fails_names_itself_and_the_leftover_of_an_interrupted_rebuild()
    {
        // The migration's CREATE TABLE fails on the copy an interrupted rebuild left.
        var (created, _, createError) = await AppHost.RunAsync(databasePath, "migrate");
        Assert.True(created == 0, createError);
        InterruptedRebuild.Leave(databasePath);

        var migrate = await AppHost.RunAsync(databasePath, "migrate");
        var import = await AppHost.RunAsync(databasePath, "import", Seed);

        var line = $"migration {InterruptedRebuild.Migration} could not be applied to the database '{databasePath}': " +
                   "SQLite Error 1: 'table \"ef_temp_Budgets\" already exists'; the migrations before it are applied. A table ef_temp_… " +
                   "is the copy of a table rebuild that was interrupted: see \"Interrupted migrations\" in src/BudgetGraph.Data/README.md.";
        Assert.True(migrate.ExitCode == 1, $"exit {migrate.ExitCode}:\n{migrate.Error}");
        Assert.Equal("migrate: " + line, migrate.Error.TrimEnd());
        Assert.True(import.ExitCode == StartupFailure.MigrationFailed, $"exit {import.ExitCode}:\n{import.Error}");
        Assert.Equal("import: " + line, import.Error.TrimEnd());
        Assert.Equal("", import.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TemporaryDatabaseFile.Delete(databasePath);
    }
}
