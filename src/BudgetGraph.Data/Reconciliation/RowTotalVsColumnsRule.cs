namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// Within one row, 总计 equals the sum of its part columns (基本支出 + 项目支出, or 人员经费 + 日常公用经费);
/// the 合计 row included.
/// </summary>
public sealed class RowTotalVsColumnsRule : IReconciliationRule
{
    public string Code => RuleCodes.RowTotalNotSumOfColumns;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var table in input.SubjectTables)
        {
            var rows = table.Rows.Select(r => (Label: $"{r.Code} {r.Name}", (int?)r.Line, r.Values)).ToList();
            if (table.TotalRow is not null) rows.Insert(0, ("合计", table.TotalLine, table.TotalRow));
            foreach (var (label, line, values) in rows)
            {
                var parts = values.Skip(1).ToList();
                var sum = Amounts.Sum(parts);
                if (!Amounts.Differ(values[0], sum, parts.Any(p => p is not null))) continue;
                yield return new Finding(Code, table.Title, label, line, Expected: sum, Actual: values[0] ?? 0m,
                    $"{label}: {table.Columns[0]} is {Amounts.Show(values[0])} but {string.Join(" + ", table.Columns.Skip(1))} = {Amounts.Show(sum)}.");
            }
        }
    }
}
