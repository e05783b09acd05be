namespace BudgetGraph.Data.Reconciliation;

/// <summary>
/// The project cards' budgets add up to the budget's project expenditure (项目支出). A shortfall usually means
/// some projects have no published card; it is recorded, not judged.
/// </summary>
public sealed class ProjectCardsVsProjectExpenditureRule : IReconciliationRule
{
    public string Code => RuleCodes.ProjectCardsNotProjectExpenditure;

    public IEnumerable<Finding> Check(ReconciliationInput input)
    {
        var cards = input.Disclosure.Projects.Where(p => !p.IsEmpty && p.Budget is not null).ToList();
        if (cards.Count == 0 || input.Totals.ProjectExpenditure is not { } projectExpenditure) yield break;
        var sum = cards.Sum(c => c.Budget!.Value);
        if (sum == projectExpenditure) yield break;
        yield return new Finding(Code, cards[0].Title, "项目支出", cards[0].StartLine, Expected: projectExpenditure, Actual: sum,
            $"The {cards.Count} project cards add up to {Amounts.Show(sum)} but project expenditure (项目支出) is {Amounts.Show(projectExpenditure)}.");
    }
}
