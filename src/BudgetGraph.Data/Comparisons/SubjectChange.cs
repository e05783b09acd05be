using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Comparisons;

/// <summary>Whether a subject appears in both years, only this year or only last year.</summary>
public enum SubjectChangeStatus { Continued, New, Dropped }

/// <summary>One subject code of a budget compared with the same unit's previous-year disclosure.</summary>
public sealed record SubjectChange(
    string Code,
    string Name,
    SubjectLevel Level,
    long? Current,
    long? Prior,
    long? Change,
    decimal? PercentChange,
    SubjectChangeStatus Status);

/// <summary>A budget's subject comparison: the rows, and where the prior figures came from (Disclosure or None).</summary>
public sealed record SubjectComparison(int BudgetId, int? PriorBudgetId, ComparisonSource Source, IReadOnlyList<SubjectChange> Rows);
