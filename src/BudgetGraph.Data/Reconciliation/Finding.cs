namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// One thing that does not add up, in 万元 as published. Becomes a <see cref="Entities.DataQualityFinding"/> row.
/// <paramref name="Rule"/> is a stable code (see <see cref="RuleCodes"/>).
/// </summary>
public sealed record Finding(
    string Rule,
    string? Table,
    string? Row,
    int? Line,
    decimal? Expected,
    decimal? Actual,
    string Message);
