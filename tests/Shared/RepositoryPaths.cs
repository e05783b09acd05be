namespace BudgetGraph.Testing;

/// <summary>
/// Paths inside the repository, found once from the test binaries' folder by walking up to BudgetGraph.sln. The one
/// repository-root finder of every test project (linked into each by tests/Directory.Build.props).
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding BudgetGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The five seed disclosures (seeds/).</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>A seed disclosure by file name, e.g. <c>nanping-2024.txt</c>.</summary>
    public static string Seed(string name) => Path.Combine(Seeds, name);

    /// <summary>A file under the repository root, given as relative path segments.</summary>
    public static string File(params string[] relative) => Path.Combine([Root, .. relative]);

    /// <summary>A disclosure of another template family (tests/fixtures/other, see its README for the source).</summary>
    public static string OtherFixture(string name) => File("tests", "fixtures", "other", name);

    /// <summary>A file of tests/fixtures/landed-release: the release before migrations (see its README).</summary>
    public static string LandedRelease(string name) => File("tests", "fixtures", "landed-release", name);

    /// <summary>The idempotent SQL Server migration script kept for DBAs.</summary>
    public static string SqlServerMigrationScript => File("src", "BudgetGraph.Data", "Sql", "SqlServer.migrations.sql");

    /// <summary>The script that gives a new SQLite database the whole schema (SqliteNewDatabase).</summary>
    public static string SqliteMigrationScript => File("src", "BudgetGraph.Data", "Sql", "Sqlite.migrations.sql");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "BudgetGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"BudgetGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
