using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Ide;

/// <summary>The IDE's example queries, read from their sources in ide/src/examples/*.graphql (ordered by their number).</summary>
public static partial class ExampleQueries
{
    public static IReadOnlyList<ExampleQuery> All { get; } = Directory
        .GetFiles(Path.Combine(RepositoryPaths.Root, "ide", "src", "examples"), "*.graphql")
        .OrderBy(path => int.Parse(Path.GetFileName(path).Split('-')[0], System.Globalization.CultureInfo.InvariantCulture))
        .Select(path =>
        {
            var query = File.ReadAllText(path);
            return new ExampleQuery(Path.GetFileName(path), OperationName().Match(query).Groups[1].Value, query);
        })
        .ToList();

    [GeneratedRegex(@"^query (\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}

public sealed record ExampleQuery(string FileName, string OperationName, string Query);
