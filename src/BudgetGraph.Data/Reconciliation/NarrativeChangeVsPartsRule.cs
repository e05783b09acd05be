using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A stated change of total expenditure equals the sum of the changes the same sentence gives for its parts, basic
/// and project expenditure (see <see cref="NarrativeChangeParts"/>). Jiangbeicheng 2025, line 21: 支出较 2024 年减少
/// 91.13 万元，主要是基本支出预算增加 21.70 万元，项目支出预算增加 106.00 万元 — the parts add to +127.70.
/// </summary>
public sealed class NarrativeChangeVsPartsRule : IReconciliationRule
{
    public string Code => RuleCodes.NarrativeChangeNotSumOfParts;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var statement in input.Disclosure.NarrativeStatements)
        {
            if (statement.Change is not { } change) continue;
            var parts = NarrativeChangeParts.Of(statement);
            if (parts.Count == 0) continue;
            var sum = parts.Sum(p => p.Change);
            if (sum == change) continue;
            yield return new Finding(Code, null, statement.Label, statement.Line, Expected: sum, Actual: change,
                $"The narrative states a change of {statement.Label} of {Signed(change)} 万元 but the changes it gives " +
                $"for its parts add to {Signed(sum)} ({string.Join(", ", parts.Select(p => $"{p.Label} {Signed(p.Change)}"))}).");
        }
    }

    internal static string Signed(decimal value) => (value > 0 ? "+" : "") + Amounts.Show(value);
}
