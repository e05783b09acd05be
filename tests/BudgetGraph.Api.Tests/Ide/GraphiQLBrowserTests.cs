using BudgetGraph.Api.Tests.Http;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Ide;

/// <summary>A person's path: open /graphql in Chromium, write a query in GraphiQL, run it, read the result.</summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphiQLBrowserTests(LiveServerFixture server) : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync() => (playwright, browser) = await ChromiumBrowser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }

    [Fact]
    public async Task GraphiQL_runs_a_typed_query_and_shows_the_result()
    {
        var page = await OpenIdeAsync();

        // Type as a person would: select the example in the editor and replace it (the editor closes the brace itself
        // and types over it, so the text ends up exactly as typed).
        await TypeQueryAsync(page, "{ unit(slug: \"nanping\") { name } }");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("{ unit(slug: \"nanping\") { name } }");
        // Run at once, as a person would: GraphiQL updates the operation name a moment after an edit, and the IDE's
        // fetcher must not send the example tab's old name with the typed query (INVALID_OPERATION_NAME).
        await page.ClickAsync(".graphiql-execute-button");

        const string expected = "\"name\": \"重庆市南岸区人民政府南坪街道办事处\"";
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync(expected, new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
    }

    /// <summary>
    /// Chromium asks for compressed answers (gzip, and Brotli where it offers it): the IDE's files and the query's answer
    /// arrive compressed, and the browser reads them (the page works and shows the Chinese text).
    /// </summary>
    [Fact]
    public async Task Chromium_gets_the_ide_and_the_answers_compressed()
    {
        var encodings = new Dictionary<string, string?>();
        var page = await OpenIdeAsync(beforeOpening: opened => opened.Response += (_, response) =>
        {
            var path = new Uri(response.Url).AbsolutePath;
            if (path is "/ide/graphiql.js" or "/ide/graphiql.css" || (path == "/graphql" && response.Request.Method == "POST"))
                encodings[path] = response.Headers.GetValueOrDefault("content-encoding");
        });
        await TypeQueryAsync(page, "{ unit(slug: \"nanping\") { name } }");
        await page.ClickAsync(".graphiql-execute-button");
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("重庆市南岸区人民政府南坪街道办事处",
            new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });

        Assert.Equal(["/graphql", "/ide/graphiql.css", "/ide/graphiql.js"], encodings.Keys.Order());
        Assert.All(encodings, entry => Assert.Contains(entry.Value, new[] { "br", "gzip" }));
    }

    [Fact]
    public async Task GraphiQL_opens_with_a_tab_per_example_query()
    {
        var page = await OpenIdeAsync();

        var tabs = page.Locator(".graphiql-tab");
        await Assertions.Expect(tabs).ToHaveCountAsync(ExampleQueries.All.Count);
        await Assertions.Expect(tabs.First).ToContainTextAsync("BigProjects2024And2025");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("100 万元");
    }

    [Fact]
    public async Task Csv_button_downloads_the_current_query_as_a_spreadsheet_file()
    {
        var page = await OpenIdeAsync();
        await TypeQueryAsync(page, "{ compare(subjectCodes: [\"208\"], level: CATEGORY) { nodes { unitShortName year total } } }");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download-csv]"));

        Assert.Equal("compare.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("\uFEFFunitShortName,year,total\r\n", text);
        // 208 社会保障和就业支出 in 表二: Nanping 2024 946.04, Chaoyang 2023 1,465.27.
        Assert.Contains("南坪街道,2024,946.04\r\n", text);
        Assert.Contains("朝阳街道,2023,1465.27\r\n", text);
    }

    [Fact]
    public async Task Csv_button_shows_why_a_result_is_not_a_table()
    {
        var page = await OpenIdeAsync();
        await TypeQueryAsync(page, "{ unit(slug: \"nanping\") { name slug } }");

        await page.ClickAsync("[data-testid=download-csv]");

        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("CSV_NOT_ONE_LIST",
            new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_query_linked_in_the_fragment_opens_as_the_first_tab()
    {
        const string query = "query LinkedFromDashboard { units { slug } }";
        var page = await OpenIdeAsync("#query=" + Uri.EscapeDataString(query));

        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("LinkedFromDashboard");
        await Assertions.Expect(page.Locator(".graphiql-tab").First).ToContainTextAsync("LinkedFromDashboard");
    }

    /// <param name="beforeOpening">Called with the new page before it opens the IDE (e.g. to watch its responses).</param>
    private async Task<IPage> OpenIdeAsync(string fragment = "", Action<IPage>? beforeOpening = null)
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        beforeOpening?.Invoke(page);
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        await page.GotoAsync(server.GraphQLUrl + fragment);
        await page.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Empty(failedRequests);
        return page;
    }

    /// <summary>Replaces the editor's text by <paramref name="query"/>, typed as a person would: select all, type.</summary>
    private static async Task TypeQueryAsync(IPage page, string query)
    {
        await page.ClickAsync(".graphiql-query-editor .CodeMirror");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(query);
    }
}
