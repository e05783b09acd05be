using System.Net;
using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Dashboard;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Dashboard;

/// <summary>/dashboard is served by the service from files embedded in the API assembly (no CDN, no Node).</summary>
[Collection(LiveServerCollection.Name)]
public sealed class DashboardEndpointTests(LiveServerFixture server)
{
    [Fact]
    public async Task Dashboard_page_is_served_with_security_headers()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DashboardAssets.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("script-src 'self'", DashboardAssets.ContentSecurityPolicy);
        Assert.Contains("frame-ancestors 'none'", DashboardAssets.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("src=\"/dashboard/dashboard.js\"", page);
    }

    [Theory]
    [InlineData("/dashboard/dashboard.js", "text/javascript", 100_000)]
    [InlineData("/dashboard/dashboard.css", "text/css", 500)]
    public async Task Dashboard_script_and_style_are_served_from_the_assembly(string path, string mediaType, int minimumBytes)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > minimumBytes, $"{path} is only {response.Content.Headers.ContentLength} bytes");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unknown_dashboard_file_is_404()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/dashboard/nope.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Dashboard_loads_nothing_from_another_host()
    {
        var page = ReadEmbedded("index.html");
        var style = ReadEmbedded("dashboard.css");

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", page);
        Assert.DoesNotMatch(@"url\((['""]?)(https?:)?//", style);
        Assert.DoesNotContain("@import", style);
    }

    [Fact]
    public void Committed_bundle_was_built_from_the_current_sources()
    {
        Assert.True(DashboardSources.ComputeSourceHash() == ReadEmbedded("source.sha256").Trim(),
            "dashboard/ changed since wwwroot/dashboard was built: run `cd dashboard && npm ci && npm run build` and commit the output.");
    }

    [Fact]
    public void Bundle_holds_every_typed_operation()
    {
        var script = ReadEmbedded("dashboard.js");

        Assert.Equal(["CompareSubjects", "DashboardChoices", "ExpenditureAggregate", "IndicatorTargets"], DashboardSources.Operations.Keys.Order());
        foreach (var name in DashboardSources.Operations.Keys)
            Assert.True(script.Contains("query " + name, StringComparison.Ordinal), $"{name} is not in the built dashboard.");
    }

    [Fact]
    public async Task Every_dashboard_operation_runs_on_the_seeds_with_the_values_of_the_disclosures()
    {
        // 208 社会保障和就业支出 in 表二: Chaoyang 2023 1,465.27 (43.17 % of 3,394.41), Nanping 2024 946.04, Jiangbeicheng 2025 391.41.
        var compare = await RunAsync("CompareSubjects", new { subjectCodes = new[] { "208" }, level = "CATEGORY" });
        var rows = compare.GetProperty("compare").EnumerateArray()
            .ToDictionary(row => row.GetProperty("unitSlug").GetString()!, row => row.GetProperty("total").GetRawText());
        Assert.Equal(new Dictionary<string, string> { ["chaoyang"] = "1465.27", ["nanping"] = "946.04", ["jiangbeicheng"] = "391.41" }, rows);

        // Ciqikou and Shandong publish only performance tables: no expenditure total, a budget in the 部门整体绩效目标表.
        var choices = await RunAsync("DashboardChoices", new { });
        var ciqikou = choices.GetProperty("units").GetProperty("nodes").EnumerateArray().Single(unit => unit.GetProperty("slug").GetString() == "ciqikou");
        var budget = ciqikou.GetProperty("budgets")[0];
        Assert.Equal(JsonValueKind.Null, budget.GetProperty("totals").GetProperty("expenditure").ValueKind);
        Assert.Equal("1629.08", budget.GetProperty("overallPerformance").GetProperty("budgetAmount").GetRawText());

        // Nanping's 表二 category lines: 2,085.02 + 100 + 67.62 + 946.04 + 173.01 + 1,373.80 + 105.81 = 4,851.30 (南岸区).
        var aggregate = await RunAsync("ExpenditureAggregate", new { by = "DISTRICT", level = "CATEGORY", where = new { unit = new { slug = new { @in = new[] { "nanping" } } } } });
        var district = Assert.Single(aggregate.GetProperty("expenditureAggregate").EnumerateArray());
        Assert.Equal("南岸区", district.GetProperty("label").GetString());
        Assert.Equal("4851.3", district.GetProperty("sum").GetRawText());
        Assert.Equal(7, district.GetProperty("count").GetInt32());

        var indicators = await RunAsync("IndicatorTargets", new { nameContains = "满意", unitSlugs = new[] { "nanping" } });
        var overall = indicators.GetProperty("indicatorComparison").EnumerateArray().First(row => row.GetProperty("projectName").ValueKind == JsonValueKind.Null);
        Assert.Equal("居民满意率", overall.GetProperty("name").GetString());
        Assert.Equal("≥", overall.GetProperty("operator").GetString());
        Assert.Equal("90", overall.GetProperty("numericTarget").GetRawText());
    }

    private async Task<JsonElement> RunAsync(string operation, object variables)
    {
        using var client = server.CreateClient();
        var body = JsonSerializer.Serialize(new { query = DashboardSources.Operations[operation], variables });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation}: HTTP {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), $"{operation}: {text}");
        return json.RootElement.GetProperty("data").Clone();
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("dashboard/" + name)
            ?? throw new InvalidOperationException($"dashboard/{name} is not embedded; run `cd dashboard && npm ci && npm run build`.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
