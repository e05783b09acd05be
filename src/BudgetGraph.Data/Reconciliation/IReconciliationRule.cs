namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// One check of a disclosure against itself. A rule only reports: it never corrects a figure and never rejects a
/// document. Each rule is a small class so that what is checked can be read in one place.
/// </summary>
public interface IReconciliationRule
{
    /// <summary>The stable code written to every finding of this rule (see <see cref="RuleCodes"/>).</summary>
    string Code { get; }

    IEnumerable<Finding> Check(ReconciliationInput input);
}
