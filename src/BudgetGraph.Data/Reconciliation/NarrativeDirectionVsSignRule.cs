using System.Text.RegularExpressions;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// "增加/减少" agrees with the sign of the figures: a word of direction followed by a negative figure
/// ("减少 -5.00 万元", "增加-3%"), or a total said to 增加 (减少) while every part its reason gives moves the other way.
/// </summary>
public sealed partial class NarrativeDirectionVsSignRule : IReconciliationRule
{
    public string Code => RuleCodes.NarrativeDirectionNotSign;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var statement in input.Disclosure.NarrativeStatements.DistinctBy(s => (s.Line, s.Sentence)))
            foreach (Match m in NegativeAfterWord().Matches(statement.Sentence))
                yield return new Finding(Code, null, statement.Label, statement.Line, null, null,
                    $"The narrative says '{m.Groups["word"].Value}' followed by a negative figure: '{m.Value}'.");

        foreach (var statement in input.Disclosure.NarrativeStatements)
        {
            if (statement.Change is not { } change || change == 0) continue;
            var parts = NarrativeChangeParts.Of(statement);
            if (parts.Count == 0 || !parts.All(p => Math.Sign(p.Change) == -Math.Sign(change))) continue;
            yield return new Finding(Code, null, statement.Label, statement.Line, Expected: parts.Sum(p => p.Change), Actual: change,
                $"The narrative says {statement.Label} {(change < 0 ? "减少" : "增加")} but every part it gives " +
                $"{(change < 0 ? "增加" : "减少")}s ({string.Join(", ", parts.Select(p => $"{p.Label} {NarrativeChangeVsPartsRule.Signed(p.Change)}"))}).");
        }
    }

    [GeneratedRegex(@"(?<word>增加|减少|增长|下降)\s*[-－−]\s*\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NegativeAfterWord();
}
