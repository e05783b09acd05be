using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// The same metric's change versus the same year, stated twice, has the same sign and amount: two statements of one
/// metric, or a statement and a part named in a total's reason (<see cref="NarrativeChangeParts"/>). Jiangbeicheng
/// 2025: 项目支出预算增加 106.00 万元 (line 21) vs 项目支出 … 比 2024 年减少 106.00 万元 (line 25). Within one section any
/// difference is a finding; across sections (all funds vs 财政拨款) only a difference of sign.
/// </summary>
public sealed class NarrativeChangeStatedTwiceRule : IReconciliationRule
{
    public string Code => RuleCodes.NarrativeChangeStatedTwiceDiffers;

    private sealed record Stated(NarrativeMetric Metric, string Label, decimal Change, int? ComparedYear, int Line, decimal? Amount, string? Section);

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var statements = input.Disclosure.NarrativeStatements;
        var stated = statements
            .Where(s => s.Change is not null && s.Metric is not (NarrativeMetric.Other or NarrativeMetric.FunctionalCategoryExpenditure))
            .Select(s => new Stated(s.Metric, s.Label, s.Change!.Value, s.ComparedYear, s.Line, s.Amount, s.Section))
            .Concat(statements.SelectMany(total => NarrativeChangeParts.Of(total)
                .Select(p => new Stated(p.Metric, p.Label, p.Change, total.ComparedYear, total.Line, null, total.Section))))
            .ToList();

        foreach (var group in stated.GroupBy(s => s.Metric))
        {
            var items = group.OrderBy(s => s.Line).ToList();
            for (var i = 0; i < items.Count; i++)
                for (var j = i + 1; j < items.Count; j++)
                {
                    var (a, b) = (items[i], items[j]);
                    if (a.Line == b.Line || a.Change == b.Change) continue;
                    if (a.ComparedYear is { } ya && b.ComparedYear is { } yb && ya != yb) continue;
                    // Two statements with different current amounts speak of different scopes (e.g. all funds vs 财政拨款).
                    if (a.Amount is { } aa && b.Amount is { } ba && aa != ba) continue;
                    // Sections speak of different scopes: 二 of the department's all funds, 三 of 财政拨款 only (Nanping
                    // 2024: 项目支出 −307.94 all funds, line 47, vs −305.34 财政拨款, line 53; the 2.60 is the fund budget).
                    // Across sections only opposite signs contradict each other.
                    if (a.Section != b.Section && Math.Sign(a.Change) == Math.Sign(b.Change)) continue;
                    var what = Math.Sign(a.Change) != Math.Sign(b.Change) ? "opposite signs" : "different amounts";
                    yield return new Finding(Code, null, a.Label, b.Line, Expected: a.Change, Actual: b.Change,
                        $"The narrative states the change of {a.Label} twice with {what}: " +
                        $"{NarrativeChangeVsPartsRule.Signed(a.Change)} 万元 (line {a.Line}) and " +
                        $"{NarrativeChangeVsPartsRule.Signed(b.Change)} 万元 (line {b.Line}).");
                }
        }
    }
}
