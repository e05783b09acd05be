namespace BudgetGraph.Data.Comparisons;

/// <summary>A unit (and year) that a cross-unit result could not include, and why; never silently dropped.</summary>
public sealed record MissingUnit(string UnitSlug, string UnitShortName, int? Year, MissingReason ReasonCode, string Reason);
