using System.Net;
using BudgetGraph.Api.Ide;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Ide;

/// <summary>The service serves GraphiQL itself, from files embedded in the API assembly (no CDN, no Node).</summary>
[Collection(LiveServerCollection.Name)]
public sealed class IdeEndpointTests(LiveServerFixture server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Browser_opening_graphql_gets_the_ide_page()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"graphiql\">", page);
        Assert.Contains("src=\"/ide/graphiql.js\"", page);
        Assert.Contains("Accept", response.Headers.Vary);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Browser_get_with_a_query_still_gets_the_api()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/ide/graphiql.js", "text/javascript")]
    [InlineData("/ide/graphiql.css", "text/css")]
    public async Task Ide_scripts_and_styles_are_served_from_the_assembly(string path, string mediaType)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 10_000, $"{path} is only {response.Content.Headers.ContentLength} bytes");
    }

    [Fact]
    public async Task Unknown_ide_file_is_404()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/ide/%3Cscript%3Ealert(1)%3C%2Fscript%3E.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("script", body);
        Assert.Equal("Not found.", body);
    }

    [Fact]
    public void Ide_page_loads_nothing_from_another_host()
    {
        // Offline after the first command: every script, style and font comes from this service.
        var page = ReadEmbedded("index.html");
        var styles = ReadEmbedded("graphiql.css");

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", page);
        Assert.DoesNotMatch(@"url\((['""]?)(https?:)?//", styles);
        Assert.DoesNotContain("@import", styles);
    }

    [Fact]
    public void Ide_bundle_holds_every_example_query()
    {
        var script = ReadEmbedded("graphiql.js");

        Assert.Equal(10, ExampleQueries.All.Count);
        foreach (var example in ExampleQueries.All)
        {
            Assert.True(script.Contains("query " + example.OperationName, StringComparison.Ordinal),
                $"{example.FileName} is not in the built IDE: run `cd ide && npm ci && npm run build`.");
        }
    }

    [Fact]
    public async Task Every_example_query_runs_without_errors_on_the_seeds()
    {
        using var client = server.CreateClient();
        foreach (var example in ExampleQueries.All)
        {
            using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = example.Query }),
                System.Text.Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            // 400 would mean a syntax or validation error: the example no longer matches schema.graphql.
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example.FileName}: HTTP {(int)response.StatusCode} {body}");
            using var json = System.Text.Json.JsonDocument.Parse(body);
            Assert.False(json.RootElement.TryGetProperty("errors", out _), $"{example.FileName}: {body}");
            // Every example finds something on the seeds (its first field is an object or a non-empty list).
            var firstField = json.RootElement.GetProperty("data").EnumerateObject().First().Value;
            Assert.True(firstField.ValueKind == System.Text.Json.JsonValueKind.Object
                        || (firstField.ValueKind == System.Text.Json.JsonValueKind.Array && firstField.GetArrayLength() > 0),
                $"{example.FileName} found nothing: {body}");
        }
    }

    private static string ReadEmbedded(string name)
    {
        var assembly = typeof(IdeAssets).Assembly;
        using var stream = assembly.GetManifestResourceStream("ide/" + name)
            ?? throw new InvalidOperationException($"ide/{name} is not embedded; run `cd ide && npm ci && npm run build`.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
