using System.ComponentModel.DataAnnotations;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Limits and caching of the GraphQL HTTP endpoint, bound from the "GraphQLHttp" configuration section
/// (environment: <c>GraphQLHttp__MaxRequestBodyBytes</c>, …).
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQLHttp";

    /// <summary>The path of the endpoint (and of the IDE, for browsers).</summary>
    [RegularExpression("^/[A-Za-z0-9/_.-]*$", ErrorMessage = "GraphQLHttp:Path must be a path that starts with '/', e.g. /graphql.")]
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted POST body; a larger one gets 413. Queries are small: 100 KB is generous.</summary>
    [Range(1, 100L * 1024 * 1024, ErrorMessage = "GraphQLHttp:MaxRequestBodyBytes must be between {1} and {2} bytes.")]
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// Largest answer; a larger one is abandoned while it is written and answered with <c>RESPONSE_TOO_LARGE</c>.
    /// The IDE's introspection answer is about 0.5 MB; 8 MB leaves room for any page of data.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 1024L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// <c>Cache-Control: max-age</c> of GET responses, in seconds. The data change only on import, so dashboards
    /// may keep a response this long and then revalidate cheaply with <c>If-None-Match</c>.
    /// </summary>
    [Range(0, 365 * 24 * 3600, ErrorMessage = "GraphQLHttp:GetResponseMaxAgeSeconds must be between {1} and {2} seconds.")]
    public int GetResponseMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// How many successful query answers are kept in memory (see <see cref="ResponseCache"/>); 0 turns the cache off.
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "GraphQLHttp:ResponseCacheEntries must be between {1} (off) and {2}.")]
    public int ResponseCacheEntries { get; set; } = 1000;

    /// <summary>Bytes the response cache may hold (bodies and keys); least recently used answers leave first.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 16L * 1024 * 1024 * 1024)]
    public long ResponseCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Bytes the parsed-document cache may hold (estimated from the query text).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 16L * 1024 * 1024 * 1024)]
    public long ParsedDocumentCacheBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Requests executed at the same time (see <see cref="ExecutionGate"/>); the rest wait, holding no memory, in
    /// arrival order. Answers from the response cache do not wait. Default: twice the processor count — execution is
    /// CPU-bound, so more at once adds memory, not throughput.
    /// </summary>
    [Range(1, 4096, ErrorMessage = "GraphQLHttp:MaxConcurrentExecutions must be between {1} and {2}.")]
    public int MaxConcurrentExecutions { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// How long a request may wait for an execution slot before it is answered 503 <c>SERVER_BUSY</c> with
    /// <c>Retry-After</c>. Seconds.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "GraphQLHttp:MaxExecutionWaitSeconds must be between {1} and {2} seconds.")]
    public double MaxExecutionWaitSeconds { get; set; } = 10;

    /// <summary>
    /// Rounds of typical requests sent through the endpoint before the service listens (<see cref="WarmUpService"/>),
    /// so that the first requests run on optimized code — at least these rounds, then on until the runtime compiles
    /// nothing new for a second; at most 30 s. 0 turns the warm-up off.
    /// </summary>
    [Range(0, 10_000, ErrorMessage = "GraphQLHttp:WarmUpRounds must be between {1} and {2}.")]
    public int WarmUpRounds { get; set; } = 100;

    /// <summary>
    /// Compress answers, CSV files and the IDE's and dashboard's files with Brotli or gzip when the client accepts it
    /// (<see cref="ResponseContentCoding"/>). A page of the seeds' projects and indicators (28,396 bytes) travels as
    /// 5,707 bytes with Brotli, for up to about 0.1 ms more CPU when executed. Turn it off when a reverse proxy in front
    /// compresses. No answer carries a secret (the persisted-documents key travels only in requests), so
    /// compression over HTTPS gives a BREACH-style attack nothing to find.
    /// </summary>
    public bool CompressResponses { get; set; } = true;
}
