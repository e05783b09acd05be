namespace BudgetGraph.Data.Reconciliation;

/// <summary>Every table the disclosure announces (目录, 表N numbering, 说明) is there; each one missing is a finding.</summary>
public sealed class AnnouncedTablesRule : IReconciliationRule
{
    public string Code => RuleCodes.AnnouncedTableMissing;

    public IEnumerable<Finding> Check(ReconciliationInput input) =>
        input.Disclosure.Inventory.Missing.Select(missing => new Finding(Code, missing.Label, null, missing.Line, null, null,
            $"{missing.Label} is announced ({missing.Source switch
            {
                Parsing.Model.AnnouncementSource.Contents => "目录",
                Parsing.Model.AnnouncementSource.Explanation => "说明",
                _ => "表N numbering",
            }}, line {missing.Line}) but no such table is in the document."));
}
