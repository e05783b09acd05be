using BudgetGraph.Data.Import;
using BudgetGraph.Parsing.Model;

namespace BudgetGraph.Data.Reconciliation;

/// <summary>Runs every reconciliation rule over a disclosure.</summary>
public sealed class Reconciler(IReadOnlyList<IReconciliationRule> rules)
{
    /// <summary>All rules, in the order their findings are stored.</summary>
    public static Reconciler Default { get; } = new(
    [
        new ParentVsChildrenRule(),
        new TotalRowVsCategoriesRule(),
        new RowTotalVsColumnsRule(),
        new Table2VsTable8Rule(),
        new IncomeVsExpenditureRule(),
        new NarrativeVsTableRule(),
        new ProjectCardsVsProjectExpenditureRule(),
        new ThreePublicCostsPartsRule(),
        new YearLabelRule(),
        new AnnouncedTablesRule(),
        new CutTablesRule(),
        new DuplicateTablesRule(),
        new UnitOfMeasureRule(),
        new EmptyRemarkRule(),
    ]);

    public IReadOnlyList<IReconciliationRule> Rules => rules;

    public IReadOnlyList<Finding> Reconcile(Disclosure disclosure) => Reconcile(disclosure, BudgetTotals.From(disclosure));

    public IReadOnlyList<Finding> Reconcile(Disclosure disclosure, BudgetTotals totals)
    {
        var input = new ReconciliationInput(disclosure, totals);
        return rules.SelectMany(rule => rule.Check(input)).ToList();
    }
}
