using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// A 类 equals the sum of its 款, a 款 the sum of its 项 — in every column of every functional table and of the
/// economic table (e.g. 004: 城乡社区支出 1,248.18 while its 款 add up to 221.10 + 1,027.07 = 1,248.17).
/// A parent printed without any child row is not checked (nothing to add up).
/// </summary>
public sealed class ParentVsChildrenRule : IReconciliationRule
{
    public string Code => RuleCodes.ParentNotSumOfChildren;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        foreach (var table in input.SubjectTables)
        {
            // Each row's parent code once per table (in table order), not once per (parent, row) pair.
            var childrenOf = table.Rows.Where(r => SubjectCodes.ParentOf(r.Code) is not null)
                .ToLookup(r => SubjectCodes.ParentOf(r.Code)!, StringComparer.Ordinal);
            foreach (var parent in table.Rows)
            {
                var children = childrenOf[parent.Code].ToList();
                if (children.Count == 0) continue;
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    var sum = Amounts.Sum(children.Select(c => c.Values[column]));
                    var anyChild = children.Any(c => c.Values[column] is not null);
                    if (!Amounts.Differ(parent.Values[column], sum, anyChild)) continue;
                    yield return new Finding(Code, table.Title, $"{parent.Code} {parent.Name}", parent.Line,
                        Expected: sum, Actual: parent.Values[column] ?? 0m,
                        $"{parent.Code} {parent.Name} ({table.Columns[column]}) is {Amounts.Show(parent.Values[column])} " +
                        $"but its {children.Count} sub-rows add up to {Amounts.Show(sum)}.");
                }
            }
        }
    }
}
