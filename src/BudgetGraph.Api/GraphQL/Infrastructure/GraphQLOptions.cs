using System.ComponentModel.DataAnnotations;

namespace BudgetGraph.Api.GraphQL.Infrastructure;

/// <summary>
/// Execution limits of the GraphQL endpoint, bound from the "GraphQL" configuration section
/// (environment: <c>GraphQL__MaxPageSize</c> …). Defaults follow HotChocolate's paging defaults (10 / 50).
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
    [Range(1, 1_000, ErrorMessage = "GraphQL:MaxDepth must be between {1} and {2}.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed query complexity accepted (validation error above it).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "GraphQL:MaxComplexity must be at least {1}.")]
    public int MaxComplexity { get; set; } = 250_000;

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
