using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Api.Tests.Ide;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Dashboard;

/// <summary>
/// A reader's path through /dashboard in Debian's Chromium: change the selection and read the numbers off the drawn
/// charts (ECharts renders SVG, so bar labels are &lt;text&gt; elements), against the figures of the seed disclosures.
/// Screenshots (Chinese text, Noto CJK fonts) go to $TMPDIR/budgetgraph-dashboard-*.png for a person to look at.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class DashboardBrowserTests(LiveServerFixture server) : IAsyncLifetime
{
    private const float Timeout = 15_000;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly List<string> problems = [];

    public async Task InitializeAsync()
    {
        CjkFonts.AssertInstalled();
        (playwright, browser) = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }

    [Fact]
    public async Task Subject_208_compares_three_units_and_names_the_two_left_out()
    {
        var page = await OpenAsync();

        await ChooseAsync(page, () => page.SelectOptionAsync("#subject", "208"));

        // 表二 line 208 社会保障和就业支出: Chaoyang 2023 1,465.27, Nanping 2024 946.04, Jiangbeicheng 2025 391.41;
        // share of each unit's expenditure 43.17 %, 19.50 %, 10.76 %.
        await ExpectChartTextsAsync(page, "compare-total", "1,465.27", "946.04", "391.41");
        await ExpectChartTextsAsync(page, "compare-share", "43.17%", "19.50%", "10.76%");
        await ExpectChartTextsAsync(page, "compare-total", "朝阳街道 2023", "南坪街道 2024", "江北城街道 2025");
        // Ciqikou and Shandong publish only performance tables; their 部门整体绩效目标表 state 1,629.08 and 1,009.24 万元.
        var missing = page.GetByTestId("missing");
        await Assertions.Expect(missing.Locator("li[data-unit=ciqikou]")).ToContainTextAsync("NO_FUNCTIONAL_TABLE");
        await Assertions.Expect(missing.Locator("li[data-unit=ciqikou]")).ToContainTextAsync("1,629.08 万元");
        await Assertions.Expect(missing.Locator("li[data-unit=shandong]")).ToContainTextAsync("1,009.24 万元");
        // Aggregate of the 类 lines by district: Nanping's seven categories of 表二 sum to 4,851.30 (南岸区).
        await ExpectChartTextsAsync(page, "aggregate-district", "南岸区", "4,851.30", "北碚区", "3,394.41");
        await ExpectChartTextsAsync(page, "indicators", "南坪街道 2024 · 整体绩效目标 · 居民满意率", "≥90%");
        await ScreenshotAsync(page, "subject-208");

        // Only 2024: Nanping stays, Chaoyang (2023) is left out for having no budget that year.
        await ChooseAsync(page, () => page.SelectOptionAsync("#year", "2024"));
        await ExpectChartTextsAsync(page, "compare-total", "946.04");
        Assert.DoesNotContain("1,465.27", await ChartTextsAsync(page, "compare-total"));
        await Assertions.Expect(missing.Locator("li[data-unit=chaoyang]")).ToContainTextAsync("NO_BUDGET_FOR_YEAR");

        // Untick Nanping: nobody with 表二 remains in 2024.
        await ChooseAsync(page, () => page.Locator("input[name=unit][value=nanping]").UncheckAsync());
        Assert.DoesNotContain("946.04", await ChartTextsAsync(page, "compare-total"));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("year=2024"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_section_and_its_query_open_in_the_ide()
    {
        var page = await OpenAsync("?level=SECTION&subject=20805&units=nanping,chaoyang");

        // 20805 行政事业单位养老支出 in 表二: Nanping 236.91.
        await ExpectChartTextsAsync(page, "compare-total", "236.91");
        var link = page.Locator("#compare-query");
        Assert.StartsWith("/graphql#query=", await link.GetAttributeAsync("href"));

        var ide = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await ide.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror", new PageWaitForSelectorOptions { Timeout = Timeout });
        await Assertions.Expect(ide.Locator(".graphiql-query-editor")).ToContainTextAsync("query CompareSubjects");
        await Assertions.Expect(ide.Locator(".graphiql-tab").First).ToContainTextAsync("CompareSubjects");
        await Assertions.Expect(ide.Locator(".graphiql-editor-tool")).ToContainTextAsync("20805");
        await ide.ClickAsync(".graphiql-execute-button");
        await Assertions.Expect(ide.Locator(".graphiql-response")).ToContainTextAsync("236.91", new LocatorAssertionsToContainTextOptions { Timeout = Timeout });
        await ScreenshotAsync(ide, "ide-from-dashboard");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_compare_matrix_downloads_as_csv_for_a_spreadsheet()
    {
        var page = await OpenAsync("?units=nanping,chaoyang,jiangbeicheng&level=CATEGORY&subject=208");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("compare-csv").ClickAsync());

        Assert.Equal("CompareSubjects.csv", download.SuggestedFilename);
        var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.StartsWith("\uFEFFunitSlug,unitShortName,year,code,name,level,total,basic,project,shareOfUnitExpenditure,rank\r\n", text);
        // 表二 208 社会保障和就业支出 of Nanping 2024: 946.04 = 348.56 + 597.49, 19.50 % of 4,851.31.
        Assert.Contains("nanping,南坪街道,2024,208,社会保障和就业支出,CATEGORY,946.04,348.56,597.49,19.50,", text);
        Assert.Empty(problems);
    }

    private async Task<IPage> OpenAsync(string search = "")
    {
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        // A Content-Security-Policy violation or a script error shows up here.
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        await page.GotoAsync(server.BaseAddress + "/dashboard" + search);
        await page.WaitForSelectorAsync("body[data-state=ready]", new PageWaitForSelectorOptions { Timeout = Timeout });
        return page;
    }

    /// <summary>Changes the selection and waits until the page has drawn the new answers.</summary>
    private static async Task ChooseAsync(IPage page, Func<Task> change)
    {
        var before = await page.EvaluateAsync<string?>("document.body.dataset.renders") ?? "0";
        await change();
        await page.WaitForFunctionAsync("before => document.body.dataset.state === 'ready' && document.body.dataset.renders !== before", before,
            new PageWaitForFunctionOptions { Timeout = Timeout });
    }

    private static async Task<IReadOnlyList<string>> ChartTextsAsync(IPage page, string testId) =>
        await page.GetByTestId(testId).Locator("svg text").AllTextContentsAsync();

    private static async Task ExpectChartTextsAsync(IPage page, string testId, params string[] expected)
    {
        await page.WaitForSelectorAsync($"[data-testid={testId}] svg text", new PageWaitForSelectorOptions { Timeout = Timeout });
        var texts = await ChartTextsAsync(page, testId);
        foreach (var text in expected) Assert.True(texts.Contains(text), $"{testId} shows no '{text}'; it shows: {string.Join(" | ", texts)}");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"budgetgraph-dashboard-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
