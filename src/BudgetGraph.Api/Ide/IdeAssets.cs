using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Ide;

/// <summary>
/// The GraphiQL IDE, built by <c>ide/</c> (npm) into <c>wwwroot/ide/</c> and embedded in this assembly, so the
/// service serves it offline with no CDN and no Node at run time. Files are loaded into memory once.
/// </summary>
public sealed class IdeAssets
{
    /// <summary>URL prefix of the IDE's scripts and styles (the page itself is served at the GraphQL path).</summary>
    public const string AssetPathPrefix = "/ide";

    private const string ResourcePrefix = "ide/";
    private const string PageFile = "index.html";

    private readonly FrozenDictionary<string, IdeFile> files;

    public IdeAssets() : this(typeof(IdeAssets).Assembly) { }

    public IdeAssets(Assembly assembly)
    {
        var contentTypes = new FileExtensionContentTypeProvider();
        var loaded = new Dictionary<string, IdeFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            var relative = name[ResourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var contentType = contentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
                contentType += "; charset=utf-8";
            loaded[relative] = new IdeFile(content, contentType, "\"" + Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 12)) + "\"");
        }
        files = loaded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The relative names of the embedded IDE files (for tests and diagnostics).</summary>
    public IEnumerable<string> FileNames => files.Keys;

    /// <summary>
    /// A browser navigating to /graphql (a GET with no query, whose Accept names text/html) wants the IDE;
    /// programs (Accept: application/json…) and GETs with a query get the API.
    /// </summary>
    public static bool IsBrowserAskingForIde(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && request.Headers.Accept.Any(accept => accept is not null && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public Task ServePageAsync(HttpContext http) => ServeAsync(http, PageFile, revalidateEachTime: true);

    public Task ServeAssetAsync(HttpContext http, string file) => ServeAsync(http, file, revalidateEachTime: false);

    private async Task ServeAsync(HttpContext http, string name, bool revalidateEachTime)
    {
        if (!files.TryGetValue(name, out var file))
        {
            http.Response.StatusCode = name == PageFile ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound;
            await http.Response.WriteAsync(name == PageFile
                ? "The IDE was not built into this service: run `cd ide && npm ci && npm run build` and rebuild."
                : $"No IDE file '{name}'.");
            return;
        }

        var headers = http.Response.Headers;
        headers.ETag = file.EntityTag;
        headers.CacheControl = revalidateEachTime ? "no-cache" : "public, max-age=3600";
        // The page shares its URL with the API, which answers programs: caches must key on Accept.
        if (revalidateEachTime) headers.Vary = HeaderNames.Accept;
        if (http.Request.Headers.IfNoneMatch.Contains(file.EntityTag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = file.ContentType;
        http.Response.ContentLength = file.Content.Length;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }

    private sealed record IdeFile(byte[] Content, string ContentType, string EntityTag);
}
