namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Execution limits of the GraphQL endpoint, bound from the "GraphQL" configuration section
/// (environment: <c>GraphQL__MaxPageSize</c> …). Defaults follow HotChocolate's paging defaults (10 / 50).
/// </summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Items per page when a connection is asked without <c>first</c>/<c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> accepted; more is error HC0051.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Deepest selection nesting accepted (validation error above it).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed query complexity accepted (validation error above it).</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Show exception details (stack traces) in errors; development only.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
