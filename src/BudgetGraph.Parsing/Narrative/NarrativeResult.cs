using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Parsing.Narrative;

/// <summary>What the narrative sections yield: figure statements and the years the texts plan for.</summary>
public sealed record NarrativeResult(IReadOnlyList<NarrativeStatement> Statements, IReadOnlyList<YearMention> YearMentions);
