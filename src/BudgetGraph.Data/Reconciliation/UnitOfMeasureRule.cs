using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A unit of measure that contradicts the rest of the document: two tables whose totals state the same budget
/// (expenditure total of 收支总表, 支出总表, 一般公共预算支出表, 收入总表) but differ by exactly a factor between units
/// (×10, ×1,000, ×10⁴, ×10⁸), e.g. a table printed in 元 under a "单位：万元" label. Both figures are kept as read; the
/// finding names the tables and the units they print.
/// </summary>
public sealed class UnitOfMeasureRule : IReconciliationRule
{
    private static readonly decimal[] UnitFactors = [10m, 100m, 1_000m, 10_000m, 1_000_000m, 100_000_000m];

    public string Code => RuleCodes.UnitOfMeasureContradicted;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var d = input.Disclosure;
        var totals = new List<(string Title, string? Unit, decimal Total, int Line)>();
        foreach (var summary in d.SummaryTables)
            if (summary.Lines.LastOrDefault(l => l.Side == SummarySide.Expenditure && l.Role == SummaryLineRole.Total) is { Amount: { } amount } line)
                totals.Add((summary.Title, summary.PrintedUnit, amount, line.Line));
        foreach (var table in d.FunctionalTables.Where(t => t.Kind is FunctionalTableKind.DepartmentExpenditure or FunctionalTableKind.GeneralPublicBudgetExpenditure))
            if (table.Total?.Total is { } total) totals.Add((table.Title, table.PrintedUnit, total, table.TotalLine ?? table.StartLine));
        if (d.IncomeTable is { IsPartial: false, Total.Total: { } income } incomeTable)
            totals.Add((incomeTable.Title, incomeTable.PrintedUnit, income, incomeTable.Total.Line));

        var reported = new HashSet<string>();
        for (var i = 0; i < totals.Count; i++)
        {
            for (var j = 0; j < totals.Count; j++)
            {
                var (large, small) = (totals[i], totals[j]);
                if (i == j || small.Total <= 0 || !UnitFactors.Contains(large.Total / small.Total) || !reported.Add(large.Title)) continue;
                yield return new Finding(Code, large.Title, "合计", large.Line, small.Total, large.Total,
                    $"'{large.Title}' totals {Amounts.Show(large.Total)} 万元 (read as printed in {large.Unit ?? "an unstated unit"}), exactly "
                    + $"{large.Total / small.Total:0} times the {Amounts.Show(small.Total)} 万元 of '{small.Title}' (printed in {small.Unit ?? "an unstated unit"}): "
                    + "one of the two states the wrong unit of measure.");
            }
        }
    }
}
