using BudgetGraph.Data.Import;

namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>healthcheck [url]</c>: asks a running service's /healthz and exits 0 when it answers 200. Container health
/// checks use it because the ASP.NET runtime image has no curl. Without a URL it asks the address the service itself
/// listens on, read from the same configuration (<c>Urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>,
/// appsettings.json), so a container started with other <c>Urls</c> is checked on its own port.
/// </summary>
public static class HealthCheckCommand
{
    public const string Usage =
        "usage: healthcheck [url]\n" +
        "  Asks a running service's /healthz (default: the address this configuration serves on, e.g. http://127.0.0.1:5000/healthz).\n" +
        "  Exit code 0: it answered 200; 1: it did not (or not in 5 s); 2: usage.";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [var only] && HelpFlag.Is(only))
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (args.Length > 1 || args is [var bad] && !IsHttpUrl(bad))
        {
            await Console.Error.WriteLineAsync($"healthcheck: {(args.Length > 1 ? "one URL at most" : $"not an absolute http(s) URL: {args[0]}")}.\n{Usage}");
            return 2;
        }
        var url = args is [var given] ? given : UrlFrom(WebApplication.CreateBuilder().Configuration);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// The /healthz URL on loopback for the first http address the service binds: the "urls" setting (which Kestrel
    /// prefers), else the first of "http_ports", else ASP.NET Core's default port 5000. Wildcard hosts (+, *, 0.0.0.0,
    /// [::]) become 127.0.0.1.
    /// </summary>
    public static string UrlFrom(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var address = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault();
        if (address is null)
        {
            var port = (configuration["http_ports"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault() ?? "5000";
            address = $"http://127.0.0.1:{port}";
        }

        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = address.LastIndexOf(':');
        if (hostEnd < schemeEnd) hostEnd = address.IndexOf('/', schemeEnd) is var slash and >= 0 ? slash : address.Length;
        var host = address[schemeEnd..hostEnd];
        if (host is "+" or "*" or "0.0.0.0" or "[::]" or "") host = "127.0.0.1";
        return $"{address[..schemeEnd]}{host}{address[hostEnd..].TrimEnd('/')}/healthz";
    }
}
