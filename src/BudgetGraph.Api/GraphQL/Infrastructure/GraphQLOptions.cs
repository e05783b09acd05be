using System.ComponentModel.DataAnnotations;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Execution limits of the GraphQL endpoint, bound from the "GraphQL" configuration section
/// (environment: <c>GraphQL__MaxPageSize</c> …) and validated at start (a bad value stops the service with a message).
/// Defaults follow HotChocolate's paging defaults (10 / 50). Every request's cost is bounded before it runs: depth,
/// complexity (introspection included), selected fields and aliases, list arguments; and while it runs: a timeout.
/// </summary>
public sealed class GraphQLOptions : IValidatableObject
{
    public const string SectionName = "GraphQL";

    /// <summary>Items per page when a connection is asked without <c>first</c>/<c>last</c>.</summary>
    [Range(1, 10_000, ErrorMessage = "GraphQL:DefaultPageSize must be between {1} and {2}.")]
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> accepted; more is error HC0051.</summary>
    [Range(1, 10_000, ErrorMessage = "GraphQL:MaxPageSize must be between {1} and {2}.")]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Deepest selection nesting accepted (validation error above it).</summary>
    [Range(1, 100, ErrorMessage = "GraphQL:MaxDepth must be between {1} and {2}.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed query complexity accepted (validation error above it); introspection counts too.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "GraphQL:MaxComplexity must be at least {1}.")]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Most field selections in one operation, fragments expanded (error <c>MAX_FIELDS_EXCEEDED</c>).</summary>
    [Range(1, 1_000_000)]
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most aliased fields in one operation, fragments expanded (error <c>MAX_ALIASES_EXCEEDED</c>).</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// Longest list accepted in an argument or variable — <c>in</c>/<c>nin</c> values, <c>and</c>/<c>or</c> terms,
    /// <c>ids</c> (error <c>LIST_TOO_LONG</c>).
    /// </summary>
    [Range(1, 100_000)]
    public int MaxListLength { get; set; } = 500;

    /// <summary>
    /// How long one request may execute; then it is cancelled — down to the SQL command running — and answered with
    /// the error code <c>TIMEOUT</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Execute plain projections by a cached plan written straight to JSON (the answers are byte-identical to the
    /// general executor's); false runs every operation through the general executor.
    /// </summary>
    public bool FastPath { get; set; } = true;

    /// <summary>
    /// Write every character outside ASCII as a <c>\uXXXX</c> escape instead of as UTF-8. Off by default: UTF-8 Chinese
    /// is readable with curl and takes half the bytes (3 per character against 6). On, answers are larger but cheaper
    /// for JavaScript clients to read: decoding UTF-8 Chinese is most of what Node.js spends on receiving an answer
    /// (a 94 KB answer with 8,750 Chinese characters: 0.72 ms in Node 22 against 0.013 ms for its escaped form of
    /// 120 KB; tools/BudgetGraph.Benchmark/BENCHMARK.md, session 30). Every JSON parser reads both forms as the same text.
    /// </summary>
    public bool EscapeNonAscii { get; set; }

    /// <summary>Show exception details (stack traces) in errors; development only.</summary>
    public bool ExposeExceptionDetails { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultPageSize > MaxPageSize)
            yield return new ValidationResult(
                $"GraphQL:DefaultPageSize ({DefaultPageSize}) must not exceed GraphQL:MaxPageSize ({MaxPageSize}).",
                [nameof(DefaultPageSize), nameof(MaxPageSize)]);
    }
}
