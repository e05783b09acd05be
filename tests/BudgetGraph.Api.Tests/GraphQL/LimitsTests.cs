namespace BudgetGraph.Api.Tests.GraphQL;

/// <summary>A fixture with small, configured limits (section "GraphQL").</summary>
public sealed class SmallLimitsFixture() : BudgetGraphFixture(new Dictionary<string, string?>
{
    ["GraphQL:DefaultPageSize"] = "2",
    ["GraphQL:MaxPageSize"] = "3",
    ["GraphQL:MaxDepth"] = "4",
    ["GraphQL:MaxComplexity"] = "100",
});

public sealed class LimitsTests(SmallLimitsFixture fixture) : IClassFixture<SmallLimitsFixture>
{
    [Fact]
    public async Task Configured_default_and_maximum_page_sizes_apply()
    {
        var data = await fixture.DataAsync("{ projects { nodes { name } } }");
        Assert.Equal(2, data.GetProperty("projects").GetProperty("nodes").GetArrayLength());
        var response = await fixture.ResponseAsync("{ projects(first: 4) { nodes { name } } }");
        Assert.Equal("HC0051", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("maximum page size of 3", response.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Too_deep_query_is_rejected_by_validation_with_a_code()
    {
        var response = await fixture.ResponseAsync("{ units { nodes { budgets { projects { indicators { name } } } } } }");
        Assert.False(response.TryGetProperty("data", out _));
        var error = response.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Contains("depth", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_complex_query_is_rejected_by_validation_with_a_code()
    {
        var response = await fixture.ResponseAsync("{ a: projects(first: 3) { nodes { indicators { name weight } } } b: projects(first: 3) { nodes { indicators { name weight } } } }");
        Assert.False(response.TryGetProperty("data", out _));
        var error = response.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Contains("complexity", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class DefaultLimitsTests(BudgetGraphFixture fixture) : SchemaTestsBase(fixture)
{
    [Fact]
    public async Task Default_limits_accept_units_budgets_projects_indicators_but_reject_an_absurdly_wide_query()
    {
        await Fixture.DataAsync("{ units(first: 50) { nodes { budgets { projects { indicators { name weight numericTarget } } } } } }");

        var aliases = string.Join(" ", Enumerable.Range(0, 30).Select(i =>
            $"q{i}: projects(first: 50) {{ nodes {{ indicators {{ name weight numericTarget }} budget {{ projects {{ indicators {{ name }} }} }} }} }}"));
        var response = await Fixture.ResponseAsync("{ " + aliases + " }");
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains("complexity", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
