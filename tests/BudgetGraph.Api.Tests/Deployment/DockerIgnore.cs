using System.Text.RegularExpressions;

namespace BudgetGraph.Api.Tests.Deployment;

/// <summary>The patterns of a .dockerignore file (no exceptions with '!' are used here), to tell what the build context leaves out.</summary>
public sealed class DockerIgnore(IReadOnlyList<string> patterns)
{
    public static DockerIgnore Read(string path) => new(File.ReadAllLines(path)
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList());

    /// <summary>True when <paramref name="relativePath"/> (with '/') or one of its folders is left out of the context.</summary>
    public bool Excludes(string relativePath)
    {
        var parts = relativePath.Trim('/').Split('/');
        for (var n = 1; n <= parts.Length; n++)
        {
            var candidate = string.Join('/', parts.Take(n));
            if (patterns.Any(p => ToRegex(p).IsMatch(candidate))) return true;
        }
        return false;
    }

    private static Regex ToRegex(string pattern)
    {
        var body = Regex.Escape(pattern.Trim('/')).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex($"^{body}$");
    }
}
