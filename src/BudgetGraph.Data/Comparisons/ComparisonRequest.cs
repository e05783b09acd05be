using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>
/// What to compare; an empty or null list means "all". <paramref name="Top"/> keeps the rows whose
/// <see cref="ComparisonRow.Rank"/> is at most that number (the N largest per subject and year; ties may add rows).
/// </summary>
public sealed record ComparisonRequest(
    IReadOnlyList<string>? SubjectCodes,
    IReadOnlyList<string>? UnitSlugs,
    IReadOnlyList<int>? Years,
    SubjectLevel? Level,
    FunctionalTableKind Table = FunctionalTableKind.GeneralPublicBudgetExpenditure,
    int? Top = null);
