namespace BudgetGraph.Api.Http;

/// <summary>
/// An HTTP feature that makes <see cref="GraphQLHttpEndpoint"/> execute a query without looking it up in, or adding
/// it to, the response cache. Only code in the process can set a feature (<see cref="Set"/>): no header, parameter or
/// body field of a client's request reaches it. The warm-up (<see cref="WarmUpService"/>) uses it, so that it warms
/// the execution path rather than the cache.
/// </summary>
public sealed class ResponseCacheBypass
{
    private static readonly ResponseCacheBypass Instance = new();

    private ResponseCacheBypass()
    {
    }

    /// <summary>Marks <paramref name="http"/>'s request to bypass the response cache.</summary>
    public static void Set(HttpContext http) => http.Features.Set(Instance);

    /// <summary>Whether <paramref name="http"/>'s request bypasses the response cache.</summary>
    public static bool IsSet(HttpContext http) => http.Features.Get<ResponseCacheBypass>() is not null;
}
