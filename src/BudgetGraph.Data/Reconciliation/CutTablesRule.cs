namespace BudgetGraph.Data.Reconciliation;

/// <summary>A subject table cut by the end of the file before its rows add up to its 合计 is a finding (the rows read are kept).</summary>
public sealed class CutTablesRule : IReconciliationRule
{
    public string Code => RuleCodes.TableCut;

    public IEnumerable<Finding> Check(ReconciliationInput input) =>
        input.Disclosure.FunctionalTables.Where(t => t.IsPartial).Select(table =>
        {
            var read = table.Rows.Where(r => r.Code.Length == 3).Sum(r => r.Total ?? 0m);
            return new Finding(Code, table.Title, "合计", table.Rows.Count > 0 ? table.Rows[^1].Line : table.StartLine,
                Expected: table.Total?.Total, Actual: read,
                $"The file ends inside '{table.Title}' after {table.Rows.Count} rows; what was read does not make up its 合计. The table is partial.");
        });
}
