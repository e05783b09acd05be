namespace BudgetGraph.Data.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output folder by walking up to BudgetGraph.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string name) => Path.Combine(Seeds, name);

    public static string SqlServerMigrationScript => Path.Combine(Root, "src", "BudgetGraph.Data", "Sql", "SqlServer.migrations.sql");

    /// <summary>A file of tests/fixtures/landed-release: the release before migrations (see its README).</summary>
    public static string LandedRelease(string name) => Path.Combine(Root, "tests", "fixtures", "landed-release", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"BudgetGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
