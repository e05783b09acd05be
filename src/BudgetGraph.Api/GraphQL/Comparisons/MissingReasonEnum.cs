using BudgetGraph.Api.GraphQL.Enums;
using BudgetGraph.Data.Comparisons;

namespace BudgetGraph.Api.GraphQL.Comparisons;

/// <summary><c>MissingReason</c>.</summary>
public sealed class MissingReasonEnum() : DescribedEnumType<MissingReason>("MissingReason",
    "Why a unit could not be included in a cross-unit answer (未纳入原因).",
    (MissingReason.NoBudgetForYear, "NO_BUDGET_FOR_YEAR", "The dataset holds no disclosure of the unit for that year (or for any year)."),
    (MissingReason.NoFunctionalTable, "NO_FUNCTIONAL_TABLE", "The disclosure has no functional subject table of the kind asked, e.g. it carries only performance tables."),
    (MissingReason.NoMatchingSubject, "NO_MATCHING_SUBJECT", "The table exists but has no line of the subjects or level asked."),
    (MissingReason.NoMatchingIndicator, "NO_MATCHING_INDICATOR", "The disclosure has no performance indicator matching the term."));
