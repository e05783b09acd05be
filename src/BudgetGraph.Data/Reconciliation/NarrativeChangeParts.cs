using System.Text.RegularExpressions;
using BudgetGraph.Parsing.Model;
using BudgetGraph.Parsing.Text;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// The basic / project expenditure changes a narrative gives as the parts of a total's change
/// ("支出较 2024 年减少 91.13 万元，主要是基本支出预算增加 21.70 万元，项目支出预算增加 106.00 万元"), read from the
/// reason of the total's statement. Only 基本支出 and 项目支出 are read: together they are the whole of expenditure,
/// so their sum must equal the total's change (other reasons list only the main items and need not add up).
/// </summary>
internal static partial class NarrativeChangeParts
{
    public sealed record Part(NarrativeMetric Metric, string Label, decimal Change);

    public static readonly NarrativeMetric[] Totals = [NarrativeMetric.ExpenditureTotal, NarrativeMetric.GeneralPublicBudgetExpenditure];

    public static IReadOnlyList<Part> Of(NarrativeStatement total)
    {
        if (!Totals.Contains(total.Metric) || total.Reason is not { } reason) return [];
        var parts = new List<Part>();
        foreach (Match m in PartPattern().Matches(reason))
        {
            var metric = m.Groups["what"].Value == "基本支出" ? NarrativeMetric.BasicExpenditure : NarrativeMetric.ProjectExpenditure;
            if (parts.Any(p => p.Metric == metric)) return [];   // a part named twice: not a plain partition
            // In the unit the part prints (元 in the Shanghai family), converted exactly to 万元 like every amount.
            var amount = AmountText.WanYuanInText(m.Groups["amount"].Value, m.Groups["unit"].Value);
            var sign = m.Groups["dir"].Value is "减少" or "下降" ? -1 : 1;
            parts.Add(new Part(metric, m.Groups["what"].Value, sign * amount));
        }
        return parts.Count == 2 ? parts : [];
    }

    // The amount as the narrative parser reads it (AmountText.InTextPattern): "增加 1 106.00 万元" whole — with a pattern of
    // its own, a part grouped by spaces was not matched, the sentence had one part, and the check was skipped unsaid.
    // The unit is read (MoneyUnit.PrintedPattern): with 万元 only, a part in 元 was not matched and the check skipped too.
    [GeneratedRegex(@"(?<what>基本支出|项目支出)(?:预算)?(?:数)?(?:比上年|较上年)?(?<dir>增加|减少|增长|下降)\s*(?<amount>" + AmountText.InTextPattern + @")\s*(?<unit>" + MoneyUnit.PrintedPattern + ")")]
    private static partial Regex PartPattern();
}
