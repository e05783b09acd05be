namespace BudgetGraph.Data.Import;

/// <summary>Which files an import argument stands for: a file itself, or the <c>*.txt</c> files of a folder.</summary>
public static class DisclosureFiles
{
    /// <summary>The folder's <c>*.txt</c> files in ordinal name order, so runs are repeatable.</summary>
    public static IReadOnlyList<string> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();

    /// <summary>Expands files and folders; a path that is neither is returned as is (the import reports it).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? InFolder(p) : [p]).ToList();
}
