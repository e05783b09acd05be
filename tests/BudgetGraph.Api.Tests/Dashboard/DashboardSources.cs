using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Dashboard;

/// <summary>The dashboard's npm sources (dashboard/) and the hash that its build writes beside the bundle.</summary>
public static class DashboardSources
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "dashboard");

    /// <summary>The typed operations, dashboard/src/operations/*.graphql, by operation name (the file name).</summary>
    public static IReadOnlyDictionary<string, string> Operations { get; } = Directory
        .GetFiles(Path.Combine(Folder, "src", "operations"), "*.graphql")
        .ToDictionary(path => Path.GetFileNameWithoutExtension(path), File.ReadAllText);

    /// <summary>
    /// The same hash as dashboard/build.mjs writes to source.sha256: for each of src/** (generated/ included),
    /// build.mjs and package-lock.json, in ordinal order of the relative path, "path\n" + sha256(content) + "\n".
    /// </summary>
    public static string ComputeSourceHash()
    {
        var files = Directory.GetFiles(Path.Combine(Folder, "src"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .Append("build.mjs")
            .Append("package-lock.json")
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(Path.Combine(Folder, file));
            text.Append(file).Append('\n').Append(Convert.ToHexStringLower(SHA256.HashData(content))).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
