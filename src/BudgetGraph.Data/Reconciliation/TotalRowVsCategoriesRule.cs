namespace BudgetGraph.Data.Reconciliation;

/// <summary>The 合计 row of a subject table equals the sum of its 类 rows (3-digit codes), column by column.</summary>
public sealed class TotalRowVsCategoriesRule : IReconciliationRule
{
    public string Code => RuleCodes.TotalRowNotSumOfCategories;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var table in input.SubjectTables)
        {
            if (table.TotalRow is null) continue;
            var categories = table.Rows.Where(r => r.Code.Length == 3).ToList();
            if (categories.Count == 0) continue;
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var sum = Amounts.Sum(categories.Select(c => c.Values[column]));
                var anyCategory = categories.Any(c => c.Values[column] is not null);
                if (!Amounts.Differ(table.TotalRow[column], sum, anyCategory)) continue;
                yield return new Finding(Code, table.Title, "合计", table.TotalLine,
                    Expected: sum, Actual: table.TotalRow[column] ?? 0m,
                    $"合计 ({table.Columns[column]}) is {Amounts.Show(table.TotalRow[column])} but the {categories.Count} 类 rows add up to {Amounts.Show(sum)}.");
            }
        }
    }
}
