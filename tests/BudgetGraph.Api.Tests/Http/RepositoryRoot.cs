namespace BudgetGraph.Api.Tests.Http;

/// <summary>Finds the repository root (the folder holding BudgetGraph.sln) from the test binaries' folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BudgetGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No BudgetGraph.sln above {AppContext.BaseDirectory}.");
    }
}
