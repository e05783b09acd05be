namespace BudgetGraph.Data.Reconciliation;

/// <summary>A table printed twice is a finding; the copy is not read (kept once), so no total counts it twice.</summary>
public sealed class DuplicateTablesRule : IReconciliationRule
{
    public string Code => RuleCodes.TablePrintedTwice;

    public IEnumerable<Finding> Check(ReconciliationInput input) =>
        input.Disclosure.Inventory.Duplicates.Select(copy => new Finding(Code, copy.Title, null, copy.StartLine, null, null,
            $"'{copy.Title}'{(copy.Number is { } n ? $" ({n})" : "")} is printed again at lines {copy.StartLine}–{copy.EndLine} with the same {copy.RowCount} rows; the copy was not imported."));
}
