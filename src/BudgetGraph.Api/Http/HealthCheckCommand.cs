namespace BudgetGraph.Api.Http;

/// <summary>
/// <c>healthcheck [url]</c>: asks a running service's /healthz and exits 0 when it answers 200. Container health
/// checks use it because the ASP.NET runtime image has no curl.
/// </summary>
public static class HealthCheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/healthz";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args is [var given, ..] ? given : DefaultUrl;
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
}
