using BudgetGraph.Api.Http;
using BudgetGraph.Api.StaticFiles;

namespace BudgetGraph.Api.Ide;

/// <summary>
/// The GraphiQL IDE, built by <c>ide/</c> (npm) into <c>wwwroot/ide/</c> and embedded in this assembly, so the
/// service serves it offline with no CDN and no Node at run time (<see cref="EmbeddedStaticFiles"/>).
/// </summary>
public sealed class IdeAssets
{
    /// <summary>URL prefix of the IDE's scripts and styles (the page itself is served at the GraphQL path).</summary>
    public const string AssetPathPrefix = "/ide";

    private const string PageFile = "index.html";

    private readonly EmbeddedStaticFiles files;

    public IdeAssets(ResponseContentCoding contentCoding) =>
        files = new EmbeddedStaticFiles(typeof(IdeAssets).Assembly, "ide/",
            "The IDE was not built into this service: run `cd ide && npm ci && npm run build` and rebuild.", contentCoding);

    /// <summary>The relative names of the embedded IDE files (for tests and diagnostics).</summary>
    public IEnumerable<string> FileNames => files.FileNames;

    /// <summary>
    /// A browser navigating to /graphql (a GET with no query, whose Accept names text/html) wants the IDE;
    /// programs (Accept: application/json…) and GETs with a query get the API.
    /// </summary>
    public static bool IsBrowserAskingForIde(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && request.Headers.Accept.Any(accept => accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A strict policy for the IDE page: scripts, styles, fonts and requests only from this service (GraphiQL's fonts
    /// are data: URLs in its CSS, its editor sets inline styles), nothing else; never framed (clickjacking); no
    /// referrer sent anywhere.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly PageSecurityPolicy PagePolicy = new(ContentSecurityPolicy, ReferrerPolicy: "no-referrer");

    // The page shares its URL with the API, which answers programs: caches must key on Accept.
    public Task ServePageAsync(HttpContext http) =>
        files.ServePageAsync(http, PageFile, PagePolicy, varyOnAccept: true);

    public Task ServeAssetAsync(HttpContext http, string file) => files.ServeAssetAsync(http, file);
}
