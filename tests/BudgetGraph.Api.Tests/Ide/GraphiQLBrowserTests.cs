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
        await page.ClickAsync(".graphiql-query-editor .CodeMirror");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("{ unit(slug: \"nanping\") { name } }");
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("{ unit(slug: \"nanping\") { name } }");
        // Run at once, as a person would: GraphiQL updates the operation name a moment after an edit, and the IDE's
        // fetcher must not send the example tab's old name with the typed query (INVALID_OPERATION_NAME).
        await page.ClickAsync(".graphiql-execute-button");

        const string expected = "\"name\": \"重庆市南岸区人民政府南坪街道办事处\"";
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync(expected, new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
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

    private async Task<IPage> OpenIdeAsync()
    {
        var page = await browser!.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        await page.GotoAsync(server.GraphQLUrl);
        await page.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Empty(failedRequests);
        return page;
    }
}
