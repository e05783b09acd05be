namespace BudgetGraph.Parsing.Tests;

/// <summary>The disclosures of another template family in tests/fixtures/other (see its README for their source).</summary>
internal static class OtherFixtures
{
    public const string Wanli = "shanghai-putuo-wanli-2024.txt";
    public const string Chengguanju = "shanghai-putuo-chengguanju-2026.txt";

    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "fixtures", "other", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/fixtures/other/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
