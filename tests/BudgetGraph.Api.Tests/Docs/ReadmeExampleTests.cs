using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Comparisons;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Docs;

/// <summary>Every ```graphql example of README.md runs without errors on the imported seeds, so the docs cannot drift.</summary>
public partial class ReadmeExampleTests(SeedsWithSyntheticPriorYearFixture fixture) : IClassFixture<SeedsWithSyntheticPriorYearFixture>
{
    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return new TheoryData<string>(GraphQLBlock().Matches(readme).Select(m => m.Groups[1].Value.Trim()));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Readme_example_runs_without_errors(string query)
    {
        var data = await fixture.DataAsync(query);

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.EnumerateObject().First().Value.ValueKind);
    }

    [Fact]
    public void Readme_has_examples() => Assert.True(Examples().Count >= 9);

    [GeneratedRegex(@"```graphql\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
