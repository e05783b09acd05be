using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using BudgetGraph.Api.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.StaticFiles;

/// <summary>
/// A front end built by npm into <c>wwwroot/&lt;name&gt;/</c> and embedded in this assembly under the resource prefix
/// <c>&lt;name&gt;/</c> (the IDE, the dashboard), so the service serves it offline with no CDN, no Node and no content
/// root at run time. Files are loaded into memory once. The page is revalidated on every visit (ETag); scripts and
/// styles are cached for an hour. Every answer is sent with <c>X-Content-Type-Options: nosniff</c>, the page also with
/// the front end's <see cref="PageSecurityPolicy"/> (all security headers are written here, nowhere else). Pages,
/// scripts and styles are compressed like every answer; their ETag names the coding (<see cref="ResponseContentCoding"/>).
/// </summary>
public sealed class EmbeddedStaticFiles
{
    private readonly FrozenDictionary<string, EmbeddedStaticFile> files;
    private readonly string missingPageMessage;
    private readonly ResponseContentCoding contentCoding;

    /// <param name="assembly">The assembly that embeds the files.</param>
    /// <param name="resourcePrefix">The resource name prefix, e.g. <c>dashboard/</c>.</param>
    /// <param name="missingPageMessage">What to answer (503) when the page was not built into the assembly.</param>
    /// <param name="contentCoding">Whether and how the answer will be compressed (its ETag and Vary say so).</param>
    public EmbeddedStaticFiles(Assembly assembly, string resourcePrefix, string missingPageMessage, ResponseContentCoding contentCoding)
    {
        this.missingPageMessage = missingPageMessage;
        this.contentCoding = contentCoding;
        var contentTypes = new FileExtensionContentTypeProvider();
        var loaded = new Dictionary<string, EmbeddedStaticFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(resourcePrefix, StringComparison.Ordinal)) continue;
            var relative = name[resourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var contentType = contentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
                contentType += "; charset=utf-8";
            loaded[relative] = new EmbeddedStaticFile(content, contentType, "\"" + Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 12)) + "\"");
        }
        files = loaded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The relative names of the embedded files (for tests and diagnostics).</summary>
    public IEnumerable<string> FileNames => files.Keys;

    /// <summary>Serves the page (<paramref name="pageFile"/>): revalidated each time, with its security headers.</summary>
    public Task ServePageAsync(HttpContext http, string pageFile, PageSecurityPolicy policy, bool varyOnAccept) =>
        ServeAsync(http, pageFile, policy, varyOnAccept);

    /// <summary>Serves a script, style or other asset; 404 when there is no such file.</summary>
    public Task ServeAssetAsync(HttpContext http, string file) =>
        ServeAsync(http, file, pagePolicy: null, varyOnAccept: false);

    private async Task ServeAsync(HttpContext http, string name, PageSecurityPolicy? pagePolicy, bool varyOnAccept)
    {
        var isPage = pagePolicy is not null;
        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        if (!files.TryGetValue(name, out var file))
        {
            // Plain text with a content type, and never the requested path echoed back.
            http.Response.StatusCode = isPage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(isPage ? missingPageMessage : "Not found.");
            return;
        }

        var entityTag = contentCoding.EntityTagFor(http, file.ContentType, file.EntityTag);
        headers.ETag = entityTag;
        headers.CacheControl = isPage ? "no-cache" : "public, max-age=3600";
        if (contentCoding.VaryFor(file.ContentType, varyOnAccept) is { } vary) headers.Vary = vary;
        if (EntityTags.MatchesIfNoneMatch(http.Request, entityTag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = file.ContentType;
        http.Response.ContentLength = file.Content.Length;
        if (pagePolicy is not null)
        {
            headers.ContentSecurityPolicy = pagePolicy.ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = pagePolicy.ReferrerPolicy;
        }
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }
}
