using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Before the service listens (after the start-up seed import), sends a few typical requests — root connections,
/// relations three levels deep, filters, sorts, a lookup by a variable, <c>totalCount</c> — through the real endpoint
/// (<see cref="GraphQLHttpEndpoint"/>, in process, answers discarded, past the response cache: <see cref="ResponseCacheBypass"/>) <see cref="GraphQLHttpOptions.WarmUpRounds"/>
/// times, then on until the runtime has compiled nothing new for a second (at most 30 s). The runtime compiles a method first quickly and unoptimized, and optimizes it only after it was called
/// often: without this, the first ten thousand requests after a start ran at a third to a quarter of the service's
/// speed (the unit list: ~1,000 instead of ~3,600 req/s at 32 connections). Failures only end the warm-up early.
/// </summary>
public sealed class WarmUpService(IServiceProvider services, IOptions<GraphQLHttpOptions> options, ILogger<WarmUpService> logger)
    : IHostedService
{
    /// <summary>The warm-up's requests (read-only queries; their answers are discarded).</summary>
    public static readonly IReadOnlyList<string> Requests =
    [
        """{"query":"{ __typename }"}""",
        """{"query":"{ units(first: 50) { nodes { slug name } } }"}""",
        """{"query":"query Page($n: Int) { units(first: $n, order: [{ slug: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id slug name } } }","variables":{"n":5}}""",
        """{"query":"{ budgets(first: 5) { nodes { year unit { slug name } expenditureLines(where: { table: { eq: GENERAL_PUBLIC_BUDGET_EXPENDITURE } }, order: [{ code: ASC }]) { code name total basic project } } } }"}""",
        """{"query":"{ projects(where: { amount: { gte: 100 } }, order: [{ amount: DESC }], first: 20) { totalCount nodes { name amount indicators { name weight operator numericTarget textTarget isCore } } } }"}""",
        """{"query":"{ units(first: 50) { nodes { slug name budgets { year totals { expenditure } projects { name amount indicators { name weight operator numericTarget textTarget isCore } } } } } }"}""",
        """{"query":"query Lines($slug: String!) { unit(slug: $slug) { slug budgets { year expenditureLines(where: { table: { eq: GENERAL_PUBLIC_BUDGET_EXPENDITURE } }, order: [{ code: ASC }]) { code name total basic project } } } }","variables":{"slug":"nanping"}}""",
    ];

    /// <summary>After the configured rounds, the warm-up ends once no method was compiled for this long.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    /// <summary>The warm-up stops after this long whatever is left.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rounds = options.Value.WarmUpRounds;
        if (rounds <= 0) return;
        var bodies = Requests.Select(Encoding.UTF8.GetBytes).ToList();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        try
        {
            var endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
            // At least the configured rounds, then on until the runtime compiled nothing new for a second (it optimizes
            // hot methods in the background a while after they became hot), within MaxDuration.
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var quietSince = clock.Elapsed;
            for (var round = 0; clock.Elapsed < MaxDuration && (round < rounds || clock.Elapsed - quietSince < QuietPeriod); round++)
            {
                var now = System.Runtime.JitInfo.GetCompiledMethodCount();
                if (now != compiled) (compiled, quietSince) = (now, clock.Elapsed);
                foreach (var body in bodies)
                {
                    await using var scope = services.CreateAsyncScope();
                    var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
                    http.Request.Method = HttpMethods.Post;
                    http.Request.ContentType = "application/json";
                    http.Request.Headers.Accept = "application/json";
                    http.Request.ContentLength = body.Length;
                    http.Request.Body = new MemoryStream(body, writable: false);
                    http.Response.Body = Stream.Null;
                    // Executed every time: with the response cache on, every round after the first would be answered
                    // from the cache and the execution path would stay cold.
                    ResponseCacheBypass.Set(http);
                    await endpoint.HandleAsync(http);
                    sent++;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Warm-up ended early after {Requests} requests", sent);
            return;
        }
        logger.LogInformation("Warm-up: {Requests} requests in {Seconds:0.0} s ({Methods} methods compiled)", sent, clock.Elapsed.TotalSeconds,
            System.Runtime.JitInfo.GetCompiledMethodCount());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
