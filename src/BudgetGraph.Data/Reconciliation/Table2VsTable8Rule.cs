using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// 表二 (一般公共预算财政拨款支出) and 表八 (部门支出总表) print the same subjects; for every code in both, and for
/// the 合计 row, total / basic / project must agree (003: basic 1,225.78 in 表二 vs 1,225.79 in 表八).
/// The 合计 rows are compared only when the department has no other fund (政府性基金, 国有资本经营) money — in a
/// fund table, a summary table's fund columns or its income lines — since 表八 then legitimately includes more than
/// 表二 (004: 3,636.80 in 表八 = 3,634.33 general budget + 2.47 state capital).
/// </summary>
public sealed class Table2VsTable8Rule : IReconciliationRule
{
    public string Code => RuleCodes.Table2NotTable8;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var tables = input.Disclosure.FunctionalTables;
        var table2 = tables.FirstOrDefault(t => t.Kind == FunctionalTableKind.GeneralPublicBudgetExpenditure);
        var table8 = tables.FirstOrDefault(t => t.Kind == FunctionalTableKind.DepartmentExpenditure);
        if (table2 is null || table8 is null) yield break;

        var view2 = SubjectTableView.Of(table2);
        var view8 = SubjectTableView.Of(table8);
        if (!HasOtherFunds(input) && view2.TotalRow is not null && view8.TotalRow is not null)
            foreach (var finding in Compare(view2, view8, "合计", view2.TotalRow, view8.TotalRow, view8.TotalLine))
                yield return finding;

        var rows8 = view8.Rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());
        foreach (var row2 in view2.Rows)
        {
            if (!rows8.TryGetValue(row2.Code, out var row8)) continue;
            foreach (var finding in Compare(view2, view8, $"{row2.Code} {row2.Name}", row2.Values, row8.Values, row8.Line))
                yield return finding;
        }
    }

    private static bool HasOtherFunds(ReconciliationInput input)
    {
        static bool NonZero(decimal? value) => (value ?? 0m) != 0m;
        var disclosure = input.Disclosure;
        return disclosure.FunctionalTables.Any(t => t.Kind is FunctionalTableKind.GovernmentFundExpenditure or FunctionalTableKind.StateCapitalExpenditure
                                                    && NonZero(t.Total?.Total))
               || disclosure.SummaryTables.SelectMany(t => t.Lines).Any(l => NonZero(l.GovernmentFund) || NonZero(l.StateCapital))
               || NonZero(input.Totals.GovernmentFundIncome) || NonZero(input.Totals.StateCapitalIncome);
    }

    private IEnumerable<Finding> Compare(SubjectTableView view2, SubjectTableView view8, string row,
        IReadOnlyList<decimal?> values2, IReadOnlyList<decimal?> values8, int? line8)
    {
        for (var column = 0; column < view2.Columns.Count; column++)
        {
            if ((values2[column] ?? 0m) == (values8[column] ?? 0m)) continue;
            yield return new Finding(Code, view8.Title, row, line8, Expected: values2[column] ?? 0m, Actual: values8[column] ?? 0m,
                $"{row} ({view2.Columns[column]}): {Amounts.Show(values2[column])} in {view2.Title} but {Amounts.Show(values8[column])} in {view8.Title}.");
        }
    }
}
