using BudgetGraph.Api.Http;
using BudgetGraph.Api.StaticFiles;

namespace BudgetGraph.Api.Dashboard;

/// <summary>
/// The comparison dashboard, built by <c>dashboard/</c> (npm: ECharts, GraphQL Code Generator, esbuild) into
/// <c>wwwroot/dashboard/</c> and embedded in this assembly: <c>/dashboard</c> is the page, <c>/dashboard/{file}</c> its
/// script and style. Served offline like the IDE; the page may load only this service's own script and style and talk
/// only to this service (Content-Security-Policy).
/// </summary>
public sealed class DashboardAssets
{
    /// <summary>The page's path; its script and style are under it.</summary>
    public const string Path = "/dashboard";

    private const string PageFile = "index.html";

    /// <summary>
    /// Only this origin's script, style, data and images; no inline script, no framing, no plugins. (ECharts draws
    /// SVG and sets styles through the DOM, which CSP allows; <c>data:</c> images cover its "save as image".)
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly PageSecurityPolicy PagePolicy = new(ContentSecurityPolicy, ReferrerPolicy: "same-origin");

    private readonly EmbeddedStaticFiles files;

    public DashboardAssets(ResponseContentCoding contentCoding) =>
        files = new EmbeddedStaticFiles(typeof(DashboardAssets).Assembly, "dashboard/",
            "The dashboard was not built into this service: run `cd dashboard && npm ci && npm run build` and rebuild.", contentCoding);

    /// <summary>The relative names of the embedded dashboard files.</summary>
    public IEnumerable<string> FileNames => files.FileNames;

    public Task ServePageAsync(HttpContext http) => files.ServePageAsync(http, PageFile, PagePolicy, varyOnAccept: false);

    public Task ServeAssetAsync(HttpContext http, string file) =>
        file is "" or PageFile ? ServePageAsync(http) : files.ServeAssetAsync(http, file);
}
