using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Ide;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Microsoft.Playwright, whose node driver ships inside the NuGet
/// package: nothing is downloaded at run time, and `playwright install` is never used.
/// </summary>
public static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Headless as root in a sandbox with no network but loopback: without the background-networking flags Chromium
    // keeps trying (and failing) to reach Google's hosts.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"{ExecutablePath} is missing: install Debian's Chromium (`apt-get install -y chromium`; .ci/run does it). " +
                        "The IDE test never downloads a browser.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
        return (playwright, browser);
    }
}
